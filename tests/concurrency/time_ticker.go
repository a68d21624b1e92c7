// time.NewTicker: periodic values on C; Stop ends delivery; Reset changes the
// period. NewTicker with a non-positive duration panics.
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(2 * time.Millisecond)
	count := 0
	for range tk.C {
		count++
		if count == 4 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks", count)
	// after Stop (and draining a possibly buffered tick) nothing more arrives
	select {
	case <-tk.C:
	default:
	}
	select {
	case <-tk.C:
		fmt.Println("impossible tick after Stop")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}

	tk2 := time.NewTicker(time.Hour)
	tk2.Reset(time.Millisecond)
	<-tk2.C
	<-tk2.C
	tk2.Stop()
	fmt.Println("Reset shortened the period")

	// a ticker driving a worker that stops itself after 3 ticks, or earlier
	// when the quit channel is closed (it never is here)
	quit := make(chan struct{})
	result := make(chan int)
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		n := 0
		for {
			select {
			case <-t.C:
				n++
				if n == 3 {
					result <- n
					return
				}
			case <-quit:
				result <- -1
				return
			}
		}
	}()
	fmt.Println("worker ticks", <-result)

	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
