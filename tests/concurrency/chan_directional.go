// Directional channel types in signatures: chan<- T (send only) and <-chan T
// (receive only); a bidirectional channel converts implicitly to either.
package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out) // closing a send-only channel is allowed
}

func consumer(in <-chan int, done chan<- int) {
	s := 0
	for v := range in {
		s += v
	}
	done <- s
}

func relay(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * 2
		}
	}()
	return out
}

type sink chan<- string

func main() {
	ch := make(chan int)
	done := make(chan int)
	go producer(ch, 10)
	go consumer(relay(ch), done)
	fmt.Println("sum", <-done)

	var send chan<- int = ch
	var recv <-chan int = ch
	fmt.Printf("%T %T %T\n", ch, send, recv)
	fmt.Println(send == ch, recv == ch)

	var s sink = make(chan string, 1)
	s <- "typed send-only"
	fmt.Printf("%T %d %d\n", s, len(s), cap(s))

	cc := make(chan (<-chan int), 1)
	inner := make(chan int, 1)
	inner <- 9
	cc <- inner
	fmt.Printf("%T %v\n", cc, <-<-cc)
	var f func(chan<- bool) = func(c chan<- bool) { c <- true }
	b := make(chan bool, 1)
	f(b)
	fmt.Printf("%T %v\n", f, <-b)
}
