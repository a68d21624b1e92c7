// Bounded parallelism with a buffered channel used as a counting semaphore:
// never more than 3 tasks run at once (checked with atomics).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	const limit, tasks = 3, 20
	sem := make(chan struct{}, limit)
	var running, maxSeen int32
	var wg sync.WaitGroup
	results := make([]int, tasks)
	for i := 0; i < tasks; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := atomic.AddInt32(&running, 1)
			for {
				m := atomic.LoadInt32(&maxSeen)
				if n <= m || atomic.CompareAndSwapInt32(&maxSeen, m, n) {
					break
				}
			}
			runtime.Gosched()
			results[i] = i * i
			atomic.AddInt32(&running, -1)
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("sum", sum)
	fmt.Println("max concurrent within limit:", maxSeen >= 1 && maxSeen <= limit)
	fmt.Println("semaphore empty:", len(sem), "cap", cap(sem))
}
