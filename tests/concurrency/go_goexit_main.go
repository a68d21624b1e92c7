// stderr-prefix-only
// main calls runtime.Goexit: its deferred calls run, other goroutines keep
// going, and when none is left the runtime reports a fatal error (exit 2).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	gate := make(chan bool)
	defer func() {
		fmt.Println("main deferred")
		close(gate)
	}()
	step := make(chan int)
	go func() {
		v := <-step
		fmt.Println("worker got", v)
		step <- v + 1
	}()
	step <- 1
	fmt.Println("main got", <-step)
	go func() {
		<-gate // closed by main's deferred call during Goexit
		fmt.Println("goroutine after main's defers")
	}()
	runtime.Goexit()
	fmt.Println("unreachable")
}
