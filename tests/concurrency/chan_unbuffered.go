// Unbuffered channels: a send completes only when a receiver takes the value,
// so the two goroutines proceed in lock step.
package main

import "fmt"

func main() {
	ch := make(chan int)
	ack := make(chan string)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i * 10
			fmt.Println("sender: value", i, "was received,", <-ack)
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Println("receiver got", v)
		ack <- fmt.Sprint("ack", v)
	}
	fmt.Println("len/cap of unbuffered:", len(ch), cap(ch))

	// a value-carrying handshake in both directions
	req := make(chan string)
	resp := make(chan int)
	go func() {
		for s := range req {
			resp <- len(s)
		}
	}()
	for _, w := range []string{"a", "bb", "ccc"} {
		req <- w
		fmt.Println(w, <-resp)
	}
	close(req)
}
