// Deadlock with several goroutines: every goroutine is blocked (main and one
// goroutine on receives nobody will match, another on a second send nobody
// receives). The report starts with main's goroutine.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-a // nobody ever sends on a
	}()
	go func() {
		b <- 1
		b <- 2 // main receives only once
	}()
	fmt.Println("got", <-b)
	<-a
	fmt.Println("unreachable")
}
