// go func(){...}() : the closure shares variables with the enclosing function;
// a channel operation orders the goroutine's writes before main's reads.
package main

import "fmt"

func main() {
	done := make(chan bool)
	msg := "unset"
	total := 0
	go func() {
		msg = "set by goroutine"
		for i := 1; i <= 10; i++ {
			total += i
		}
		done <- true
	}()
	<-done
	fmt.Println(msg, total)

	// closure with parameters and results sent back
	results := make(chan int)
	for k := 1; k <= 3; k++ {
		go func(n int) {
			results <- n * n
		}(k)
	}
	sum := 0
	for k := 0; k < 3; k++ {
		sum += <-results
	}
	fmt.Println("sum of squares", sum)

	// nested goroutines
	inner := make(chan string)
	go func() {
		go func() { inner <- "from grandchild" }()
	}()
	fmt.Println(<-inner)

	// a closure counter owned by one goroutine, requests serialized by a channel
	req := make(chan chan int)
	go func() {
		n := 0
		for r := range req {
			n++
			r <- n
		}
	}()
	for i := 0; i < 3; i++ {
		r := make(chan int)
		req <- r
		fmt.Println("ticket", <-r)
	}
	close(req)
}
