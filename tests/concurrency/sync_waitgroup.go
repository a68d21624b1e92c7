// sync.WaitGroup: Add before starting goroutines, Done in each, Wait blocks
// until the counter is zero. Several goroutines may Wait; a WaitGroup can be
// reused once Wait has returned; Wait on a zero counter returns at once.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	wg.Wait() // counter is zero: returns immediately
	fmt.Println("zero wait ok")

	var sum int64
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int64) {
			defer wg.Done()
			atomic.AddInt64(&sum, n)
		}(int64(i))
	}
	wg.Wait()
	fmt.Println("sum", sum)

	// Add(n) once, several Done calls
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go wg.Done()
	}
	wg.Wait()
	fmt.Println("reused")

	// several waiters on the same group
	var work, waiters sync.WaitGroup
	work.Add(1)
	released := make(chan int, 4)
	for i := 0; i < 4; i++ {
		waiters.Add(1)
		go func(i int) {
			defer waiters.Done()
			work.Wait()
			released <- i
		}(i)
	}
	work.Done()
	waiters.Wait()
	close(released)
	t := 0
	for v := range released {
		t += v
	}
	fmt.Println("waiters released", t)

	// WaitGroup inside a struct, passed by pointer
	type job struct {
		wg  sync.WaitGroup
		out [5]int
	}
	j := &job{}
	for i := range j.out {
		j.wg.Add(1)
		go func(i int) {
			defer j.wg.Done()
			j.out[i] = i + 1
		}(i)
	}
	j.wg.Wait()
	fmt.Println(j.out)
}
