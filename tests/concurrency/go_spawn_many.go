// Many short-lived goroutines: each writes its own slot; WaitGroup joins them.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 10000
	out := make([]int, n)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			defer wg.Done()
			out[i] = i % 7
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, v := range out {
		sum += v
	}
	fmt.Println("goroutines", n, "sum", sum)
}
