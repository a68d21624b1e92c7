// Several producers and consumers share one buffered channel; the channel is
// closed after all producers finish, and consumers stop at the close.
package main

import (
	"fmt"
	"sync"
)

func main() {
	items := make(chan int, 5)
	var prod sync.WaitGroup
	for p := 0; p < 3; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for i := 0; i < 100; i++ {
				items <- p*100 + i
			}
		}(p)
	}
	go func() {
		prod.Wait()
		close(items)
	}()
	sums := make(chan [2]int)
	for c := 0; c < 4; c++ {
		go func() {
			s, n := 0, 0
			for v := range items {
				s += v
				n++
			}
			sums <- [2]int{s, n}
		}()
	}
	total, count := 0, 0
	for c := 0; c < 4; c++ {
		r := <-sums
		total += r[0]
		count += r[1]
	}
	fmt.Println("consumed", count, "sum", total)
}
