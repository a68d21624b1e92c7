// Closing a nil channel panics: "close of nil channel".
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("closing nil")
	close(ch)
}
