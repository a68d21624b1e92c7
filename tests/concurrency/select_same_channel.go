// Several cases on the same channel, and a select loop shared by several
// producers; totals only.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				ch <- p*1000 + i
			}
		}(p)
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	n1, n2, sum := 0, 0, 0
	for done := false; !done; {
		select {
		case v, ok := <-ch:
			if !ok {
				done = true
				break
			}
			n1++
			sum += v
		case v, ok := <-ch:
			if !ok {
				done = true
				break
			}
			n2++
			sum += v
		}
	}
	fmt.Println("received", n1+n2, "sum", sum)
}
