// runtime.Goexit terminates the calling goroutine after running its deferred
// calls (LIFO); recover returns nil during Goexit; other goroutines continue.
package main

import (
	"fmt"
	"runtime"
)

func inner(log chan<- string) {
	defer func() { log <- "inner defer" }()
	runtime.Goexit()
	log <- "unreachable after Goexit"
}

func main() {
	log := make(chan string, 10)
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() {
			log <- fmt.Sprint("recover during Goexit: ", recover())
		}()
		defer func() { log <- "outer defer 2" }()
		inner(log)
		log <- "unreachable in caller"
	}()
	<-done
	close(log)
	for s := range log {
		fmt.Println(s)
	}

	// Goexit in a goroutine does not stop main
	res := make(chan int, 1)
	go func() {
		defer func() { res <- 42 }()
		for i := 0; ; i++ {
			if i == 3 {
				runtime.Goexit()
			}
		}
	}()
	fmt.Println("result", <-res)
}
