// Asynchronous preemption (Go >= 1.14): with one processor, goroutines spinning in
// tight loops (no calls, no blocking) must not starve main, which sleeps, wakes up
// and prints while they spin; its timer and the spinners share the only P.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	for i := 0; i < 3; i++ {
		go func() {
			x := 0
			for {
				x++
			}
		}()
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main ran while three goroutines spin")
	start := time.Now()
	for i := 0; i < 5; i++ {
		runtime.Gosched()
	}
	fmt.Println("Gosched came back:", time.Since(start) < 10*time.Second)
}
