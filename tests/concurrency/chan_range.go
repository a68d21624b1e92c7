// for v := range ch receives until the channel is closed and drained.
package main

import "fmt"

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i
		}
	}()
	return ch
}

func squares(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range gen(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	total := 0
	for v := range squares(gen(10)) {
		total += v
	}
	fmt.Println("sum of squares", total)

	// range over a closed buffered channel drains what is left
	b := make(chan string, 4)
	b <- "x"
	b <- "y"
	close(b)
	for s := range b {
		fmt.Print(s)
	}
	fmt.Println()

	// range with only the loop body effect
	count := 0
	for range gen(7) {
		count++
	}
	fmt.Println("count", count)

	// break out of a range early; the producer is left blocked (never printed)
	for v := range gen(100) {
		if v == 3 {
			fmt.Println("stop at", v)
			break
		}
	}
}
