// time.AfterFunc runs f in its own goroutine after the duration; Stop before
// it fires prevents the call; Reset re-arms it.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "fired" })
	fmt.Println(<-done)

	var calls int32
	t := time.AfterFunc(time.Hour, func() { atomic.AddInt32(&calls, 1) })
	fmt.Println("Stop before firing:", t.Stop())
	time.Sleep(5 * time.Millisecond)
	fmt.Println("calls", atomic.LoadInt32(&calls))

	fmt.Println("Reset stopped:", t.Reset(time.Millisecond))
	for atomic.LoadInt32(&calls) == 0 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("calls after Reset", atomic.LoadInt32(&calls))
	fmt.Println("Stop after it ran:", t.Stop())

	// the C field of an AfterFunc timer is nil
	fmt.Println("C is nil:", t.C == nil)

	// several AfterFuncs; results collected and summed
	res := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		i := i
		time.AfterFunc(time.Duration(i)*time.Millisecond, func() { res <- i * 10 })
	}
	fmt.Println("sum", <-res+<-res+<-res)
}
