// The channel panics are runtime errors that can be recovered; their values
// implement error (runtime.Error) and print without a "runtime error:" prefix.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRuntime)
	}()
	f()
}

func main() {
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close nil", func() {
		var c chan int
		close(c)
	})
	// a goroutine started after the close panics in its send and recovers
	c := make(chan int)
	close(c)
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint("goroutine: ", recover()) }()
		c <- 1
	}()
	v, ok := <-c
	fmt.Println("receive after close:", v, ok, "|", <-res)
}
