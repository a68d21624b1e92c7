// Stress: waves of goroutines, each wave joined by a WaitGroup before the next
// starts; results written per slot and the goroutine count returns to 1.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const waves, per = 20, 1000
	results := make([]int64, waves)
	for w := 0; w < waves; w++ {
		slots := make([]int64, per)
		var wg sync.WaitGroup
		for i := 0; i < per; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				slots[i] = int64(i * w)
			}(i)
		}
		wg.Wait()
		for _, v := range slots {
			results[w] += v
		}
	}
	var sum int64
	for _, r := range results {
		sum += r
	}
	fmt.Println("sum", sum)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines", runtime.NumGoroutine())
}
