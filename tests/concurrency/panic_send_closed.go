// Sending on a closed channel panics: "send on closed channel" (exit 2).
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	fmt.Println("closed")
	ch <- 1
}
