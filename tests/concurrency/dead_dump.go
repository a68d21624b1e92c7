// A deadlock with goroutines blocked in different places: the report dumps
// every goroutine with its traceback and, for goroutines started by a go
// statement, where that statement is (dead_dump.dump: the full report).
package main

import (
	"fmt"
	"sync"
)

func worker(c chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	c <- 1
}

func nested(c chan int) {
	<-c
}

func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go worker(c, &wg)
	}
	go func() {
		select {}
	}()
	go func() {
		nested(make(chan int))
	}()
	wg.Wait()
	fmt.Println("never")
}
