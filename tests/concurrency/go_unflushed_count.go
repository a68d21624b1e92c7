// Goroutines just started by a goroutine that keeps running (minigo hands them to the
// scheduler at its next stop or after a few safe points) count in runtime.NumGoroutine,
// and the ones it readies run.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { <-ch }()
	}
	fmt.Println("started:", runtime.NumGoroutine())
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		done <- true
	}()
	n := 0
	for i := 0; i < 1000; i++ {
		n += i
	}
	<-done
	fmt.Println("sum:", n)
}
