// Sending on an unbuffered channel (or a full buffered one) with no receiver.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println("buffer full:", len(ch), cap(ch))
	ch <- 3
	fmt.Println("unreachable")
}
