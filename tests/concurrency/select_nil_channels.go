// A nil channel is never ready, so its select case is never chosen; setting a
// channel variable to nil disables its case.
package main

import (
	"fmt"
	"time"
)

func main() {
	var nilRecv chan int
	var nilSend chan string
	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-nilRecv:
		fmt.Println("impossible", v)
	case nilSend <- "x":
		fmt.Println("impossible send")
	case v := <-ready:
		fmt.Println("ready", v)
	}

	// only nil cases plus default: default is taken
	select {
	case <-nilRecv:
		fmt.Println("impossible")
	default:
		fmt.Println("default")
	}

	// nil cases plus a timeout: the timeout wins
	select {
	case <-nilRecv:
		fmt.Println("impossible")
	case nilSend <- "y":
		fmt.Println("impossible")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}

	// disabling a case after it fired once
	once := make(chan int, 3)
	once <- 1
	once <- 2
	once <- 3
	other := make(chan int, 3)
	other <- 100
	other <- 200
	other <- 300
	total := 0
	for i := 0; i < 4; i++ {
		select {
		case v := <-once:
			total += v
			once = nil
		case v := <-other:
			total += v
		}
	}
	fmt.Println("remaining in other", len(other), "total mod 100:", total%100)
}
