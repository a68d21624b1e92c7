// stderr-prefix-only
// A goroutine blocked sending on a channel panics when another goroutine
// closes it ("send on closed channel"), which ends the program.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1 // nobody receives; the channel gets closed while (or before) we wait
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("closing")
	close(ch)
	select {} // not a deadlock: the sender is runnable, and its panic ends the program
}
