// Channel operations order memory: writes before a send are visible after the
// matching receive, and a receive from an unbuffered channel happens before
// the send completes. Prints from two goroutines are sequenced by channels.
package main

import "fmt"

func main() {
	data := make([]int, 0)
	ready := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			data = append(data, i*i)
		}
		ready <- true
	}()
	<-ready
	fmt.Println(data)

	// alternating printers: each waits for its turn token
	turnA := make(chan int)
	turnB := make(chan int)
	done := make(chan bool)
	go func() {
		for {
			n, ok := <-turnA
			if !ok {
				done <- true
				return
			}
			fmt.Println("A", n)
			turnB <- n + 1
		}
	}()
	go func() {
		for n := range turnB {
			fmt.Println("B", n)
			if n >= 6 {
				close(turnA)
				return
			}
			turnA <- n + 1
		}
	}()
	turnA <- 1
	<-done
	fmt.Println("done")

	// buffered channel as a mutex (capacity 1)
	lock := make(chan struct{}, 1)
	counter := 0
	fin := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 250; i++ {
				lock <- struct{}{}
				counter++
				<-lock
			}
			fin <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-fin
	}
	fmt.Println("counter", counter)
}
