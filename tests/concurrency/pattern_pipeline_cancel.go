// Pipeline stages that stop early when a done channel is closed: every stage
// selects on done, so no goroutine is left behind (checked with NumGoroutine).
package main

import (
	"fmt"
	"runtime"
)

func gen(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	sq := square(done, square(done, gen(done)))
	var got []int
	for i := 0; i < 5; i++ {
		got = append(got, <-sq)
	}
	fmt.Println(got)
	close(done)
	// drain until the last stage closes its output
	for range sq {
	}
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
