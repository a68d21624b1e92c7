// Cond.Broadcast wakes all waiters; Cond.Signal wakes one. Waiters are
// counted under the lock before signalling, so the counts are exact.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	waiting, woken := 0, 0
	phase := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			for phase == 0 {
				cond.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	// wait until all five are waiting
	for {
		mu.Lock()
		if waiting == 5 {
			break
		}
		mu.Unlock()
		runtime.Gosched()
	}
	phase = 1
	mu.Unlock()
	cond.Broadcast()
	wg.Wait()
	fmt.Println("waiting", waiting, "woken", woken)

	// Signal one at a time: tokens handed out one by one
	tokens := 0
	got := make(chan int, 3)
	ready := 0
	for i := 0; i < 3; i++ {
		go func(id int) {
			mu.Lock()
			ready++
			for tokens == 0 {
				cond.Wait()
			}
			tokens--
			mu.Unlock()
			got <- id
		}(i)
	}
	for {
		mu.Lock()
		if ready == 3 {
			mu.Unlock()
			break
		}
		mu.Unlock()
		runtime.Gosched()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		mu.Lock()
		tokens++
		mu.Unlock()
		cond.Signal()
		sum += <-got
	}
	fmt.Println("signalled ids sum", sum, "tokens left", tokens)

	// Signal and Broadcast with no waiters are no-ops
	cond.Signal()
	cond.Broadcast()
	fmt.Println("no waiters ok")
}
