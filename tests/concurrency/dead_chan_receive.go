// Receiving from a channel nobody will ever send on, with no other goroutine:
// "fatal error: all goroutines are asleep - deadlock!" (exit 2).
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("about to block")
	v := <-ch
	fmt.Println("unreachable", v)
}
