// time.NewTimer: C receives once; Stop reports whether it stopped a pending
// timer; Reset re-arms a stopped or drained timer.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(5 * time.Millisecond)
	<-t.C
	fmt.Println("fired")
	fmt.Println("Stop after fire (drained):", t.Stop())

	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("fired again after Reset")

	long := time.NewTimer(time.Hour)
	fmt.Println("Stop pending:", long.Stop())
	fmt.Println("Stop again:", long.Stop())
	select {
	case <-long.C:
		fmt.Println("impossible: stopped timer fired")
	default:
		fmt.Println("stopped timer channel is empty")
	}
	fmt.Println("Reset stopped timer returns:", long.Reset(2*time.Millisecond))
	<-long.C
	fmt.Println("re-armed timer fired")

	// Reset of an active timer: returns true, and it fires only once
	r := time.NewTimer(time.Hour)
	fmt.Println("Reset active:", r.Reset(3*time.Millisecond))
	<-r.C
	select {
	case <-r.C:
		fmt.Println("impossible second value")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("only one value")
	}

	// a timer used as a timeout inside a loop
	work := make(chan int, 3)
	work <- 1
	work <- 2
	work <- 3
	timeout := time.NewTimer(time.Second)
	sum := 0
	for i := 0; i < 3; i++ {
		select {
		case v := <-work:
			sum += v
		case <-timeout.C:
			fmt.Println("impossible timeout")
		}
	}
	fmt.Println("sum", sum, "timeout stopped:", timeout.Stop())
}
