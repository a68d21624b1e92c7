// A select loop that both sends (when there is something to send) and
// receives; a nil channel disables the send case when the queue is empty.
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 1; i <= 20; i++ {
			in <- i
		}
		close(in)
	}()
	results := make(chan int)
	go func() {
		s := 0
		for v := range out {
			s += v
		}
		results <- s
	}()

	var queue []int
	inCh := in
	for inCh != nil || len(queue) > 0 {
		var sendCh chan int
		var next int
		if len(queue) > 0 {
			sendCh = out
			next = queue[0]
		}
		select {
		case v, ok := <-inCh:
			if !ok {
				inCh = nil
				continue
			}
			queue = append(queue, v*10)
		case sendCh <- next:
			queue = queue[1:]
		}
	}
	close(out)
	fmt.Println("forwarded sum", <-results)
}
