// runtime.GOMAXPROCS(n) returns the previous setting (environment dependent,
// so not printed); GOMAXPROCS(0) only queries. NumCPU is not printed either.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	prev := runtime.GOMAXPROCS(3)
	fmt.Println("now", runtime.GOMAXPROCS(0))
	fmt.Println("set back, returned", runtime.GOMAXPROCS(1))
	fmt.Println("query", runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(-5))
	runtime.GOMAXPROCS(prev)
	fmt.Println("restored", runtime.GOMAXPROCS(0) == prev, prev >= 1)
	fmt.Println("numcpu positive", runtime.NumCPU() >= 1)

	results := make(chan int)
	p := runtime.NumCPU()
	for k := 0; k < p; k++ {
		go func(k int) {
			s := 0
			for n := k; n < 1000; n += p {
				s += n
			}
			results <- s
		}(k)
	}
	total := 0
	for k := 0; k < p; k++ {
		total += <-results
	}
	fmt.Println("total", total)
}
