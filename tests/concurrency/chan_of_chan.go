// Channels of channels: each request carries its own reply channel.
package main

import "fmt"

type request struct {
	a, b  int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.a * r.b
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		r := request{i, i + 1, make(chan int)}
		reqs <- r
		fmt.Println(i, "*", i+1, "=", <-r.reply)
	}

	// many concurrent clients, replies matched by their own channels
	type result struct{ id, v int }
	results := make(chan result)
	for i := 0; i < 10; i++ {
		go func(id int) {
			reply := make(chan int)
			reqs <- request{id, 100, reply}
			results <- result{id, <-reply}
		}(i)
	}
	got := make([]int, 10)
	for i := 0; i < 10; i++ {
		r := <-results
		got[r.id] = r.v
	}
	close(reqs)
	fmt.Println(got)

	// chan chan chan
	ccc := make(chan chan chan string, 1)
	cc := make(chan chan string, 1)
	c := make(chan string, 1)
	c <- "deep"
	cc <- c
	ccc <- cc
	fmt.Println(<-<-<-ccc)
}
