// chan struct{} as a pure signal: done channels, close as broadcast, and a
// "quit" handshake where the worker acknowledges before exiting.
package main

import "fmt"

func worker(quit chan struct{}, tick <-chan int, out chan<- int) {
	sum := 0
	for {
		select {
		case v := <-tick:
			sum += v
		case <-quit:
			out <- sum
			close(quit)
			return
		}
	}
}

func main() {
	var a, b struct{}
	fmt.Println("empty structs are equal:", a == b)
	quit := make(chan struct{})
	tick := make(chan int)
	out := make(chan int)
	go worker(quit, tick, out)
	for i := 1; i <= 10; i++ {
		tick <- i
	}
	quit <- struct{}{}
	fmt.Println("worker sum", <-out)
	_, ok := <-quit
	fmt.Println("quit closed by worker", !ok)

	done := make(chan struct{})
	finished := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(id int) {
			<-done
			finished <- id
		}(i)
	}
	close(done)
	t := 0
	for i := 0; i < 3; i++ {
		t += <-finished
	}
	fmt.Println("all released", t)
}
