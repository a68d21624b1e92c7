// On entering select, all channel operands and send values are evaluated once,
// in source order, even for cases that are not chosen. The chosen case's
// receive assignment happens only for that case.
package main

import "fmt"

var log []string

func ch(name string, c chan int) chan int {
	log = append(log, "chan "+name)
	return c
}

func val(name string, v int) int {
	log = append(log, "value "+name)
	return v
}

func main() {
	full := make(chan int)    // unbuffered, nobody receiving: send not ready
	empty := make(chan int)   // nothing to receive
	ready := make(chan int, 1) // receive ready
	ready <- 5
	var arr [3]int
	idx := func(i int) int { log = append(log, fmt.Sprint("index ", i)); return i }
	select {
	case ch("full", full) <- val("v1", 1):
		fmt.Println("impossible")
	case arr[idx(0)] = <-ch("empty", empty):
		fmt.Println("impossible")
	case arr[idx(2)] = <-ch("ready", ready):
		fmt.Println("received into arr[2]")
	}
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println(arr)

	log = nil
	for i := 0; i < 2; i++ {
		select {
		case ch("a", full) <- val("x", i):
		default:
			log = append(log, "default")
		}
	}
	fmt.Println(log)
}
