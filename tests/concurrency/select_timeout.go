// Timeouts with time.After where the outcome does not depend on timing:
// a value available immediately beats a 1 s timeout; a channel that is
// never ready loses to a 10 ms timeout.
package main

import (
	"fmt"
	"time"
)

func fetch(immediate bool) <-chan string {
	ch := make(chan string, 1)
	if immediate {
		ch <- "result"
	}
	return ch
}

func get(ch <-chan string, d time.Duration) string {
	select {
	case r := <-ch:
		return r
	case <-time.After(d):
		return "timed out after " + d.String()
	}
}

func main() {
	fmt.Println(get(fetch(true), time.Second))
	fmt.Println(get(fetch(false), 10*time.Millisecond))

	// a worker that answers quickly, timeout generous
	answer := make(chan int)
	go func() { answer <- 6 * 7 }()
	select {
	case v := <-answer:
		fmt.Println("answer", v)
	case <-time.After(2 * time.Second):
		fmt.Println("too slow")
	}

	// loop with a per-iteration timeout; the source holds exactly 3 values
	src := make(chan int, 3)
	for i := 0; i < 3; i++ {
		src <- i
	}
	got := 0
	for {
		select {
		case <-src:
			got++
			continue
		case <-time.After(20 * time.Millisecond):
		}
		break
	}
	fmt.Println("received before idle timeout:", got)
}
