// expect: handwritten
// Go 1.22: each loop iteration has its own variable, so goroutines capturing
// the loop variable directly see distinct values. (Go 1.19 shares one variable:
// racy, nondeterministic output.) Results are collected by index / summed.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(out)

	ch := make(chan string, 3)
	for _, s := range []string{"x", "y", "z"} {
		go func() { ch <- s }()
	}
	got := []string{<-ch, <-ch, <-ch}
	sort.Strings(got)
	fmt.Println(got)

	sum := make(chan int, 4)
	for i := 0; i < 4; i++ {
		go func() { sum <- i }()
	}
	total := 0
	for k := 0; k < 4; k++ {
		total += <-sum
	}
	fmt.Println("total", total)
}
