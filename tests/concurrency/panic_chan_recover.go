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
	// a goroutine blocked in send panics when the channel is closed under it;
	// it recovers and reports
	c := make(chan int)
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint("blocked sender: ", recover()) }()
		c <- 1
	}()
	runtime.Gosched() // whether or not the sender is already blocked, its send panics
	close(c)
	v, ok := <-c
	fmt.Println("receive after close:", v, ok, "|", <-res)
}
