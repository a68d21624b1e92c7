// close(ch) wakes every goroutine blocked receiving on ch; each gets the zero
// value and ok == false. Used as a broadcast "start" signal.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 8
	start := make(chan struct{})
	ready := make(chan int)
	results := make(chan string, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			ready <- id
			v, ok := <-start
			results <- fmt.Sprint(v, ok)
		}(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-ready
	}
	close(start)
	wg.Wait()
	close(results)
	count := map[string]int{}
	for r := range results {
		count[r]++
	}
	fmt.Println("ids", sum, "woken", count)

	// receivers that block after the close return immediately too
	vals := make(chan int)
	close(vals)
	total := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-vals
		}()
		total++
	}
	wg.Wait()
	fmt.Println("late receivers returned", total)
}
