// Ping-pong: two players hit a ball back and forth over one unbuffered
// channel. Each player prints before passing the ball, so output is ordered.
package main

import "fmt"

type ball struct{ hits int }

func player(name string, table chan *ball, done chan<- string) {
	for {
		b := <-table
		if b.hits >= 6 {
			done <- name
			return
		}
		b.hits++
		fmt.Println(name, b.hits)
		table <- b
	}
}

func main() {
	table := make(chan *ball)
	done := make(chan string)
	go player("ping", table, done)
	table <- new(ball) // ping gets the first ball
	go player("pong", table, done)
	winner := <-done
	fmt.Println("stopped by", winner)
	// the other player is still waiting at the table; give it the ball
	table <- &ball{hits: 100}
	fmt.Println("stopped by", <-done)
}
