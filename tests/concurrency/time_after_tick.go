// time.After delivers one value after the duration; time.Tick delivers values
// repeatedly. Only counts and comparisons are printed.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := <-time.After(5 * time.Millisecond)
	fmt.Println("After fired, value not before start:", !t.Before(start))
	fmt.Println("waited >= 5ms:", time.Since(start) >= 5*time.Millisecond)

	tick := time.Tick(2 * time.Millisecond)
	n := 0
	var last time.Time
	for n < 3 {
		last = <-tick
		n++
	}
	fmt.Println("ticks", n, "last tick after start:", last.After(start))
	fmt.Println("Tick with d <= 0 is nil:", time.Tick(0) == nil)

	// After in a select with an already-closed channel: the channel wins
	closed := make(chan int)
	close(closed)
	select {
	case <-closed:
		fmt.Println("closed channel first")
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	fmt.Println("total under a second:", time.Since(start) < time.Second)
}
