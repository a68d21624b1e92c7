// Closing a channel twice panics: "close of closed channel".
package main

import "fmt"

func main() {
	ch := make(chan struct{})
	close(ch)
	fmt.Println("closed once")
	close(ch)
}
