// Receiving from a nil channel blocks forever; alone in main it is a deadlock
// with the wait reason "chan receive (nil chan)".
package main

import "fmt"

func main() {
	var ch chan string
	fmt.Println("nil channel:", ch == nil)
	fmt.Println(<-ch)
}
