// runtime.NumGoroutine when the count is deterministic: goroutines that are
// known to be blocked are counted; finished ones are waited out by polling.
package main

import (
	"fmt"
	"runtime"
)

func waitFor(n int) int {
	for runtime.NumGoroutine() != n {
		runtime.Gosched()
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("start", runtime.NumGoroutine())
	gate := make(chan struct{})
	ready := make(chan struct{})
	for i := 0; i < 5; i++ {
		go func() {
			ready <- struct{}{}
			<-gate
		}()
	}
	for i := 0; i < 5; i++ {
		<-ready
	}
	fmt.Println("blocked", runtime.NumGoroutine())
	close(gate)
	fmt.Println("after close", waitFor(1))

	done := make(chan bool)
	go func() { done <- true }()
	<-done
	fmt.Println("final", waitFor(1))
}
