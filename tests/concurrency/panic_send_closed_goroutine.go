// stderr-prefix-only
// A goroutine sending on a closed channel panics ("send on closed channel"),
// which ends the whole program even though main is blocked in select {}.
// (A sender already blocked when the channel is closed panics the same way,
// but Go's race detector reports such an unsynchronized close as a race, so
// the corpus closes first.)
package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	fmt.Println("closed")
	go func() {
		ch <- 1
	}()
	select {} // not a deadlock: the sender is runnable, and its panic ends the program
}
