// Recursive goroutine spawning: a parallel divide-and-conquer sum and a
// parallel Fibonacci, each level waiting for its children on channels.
package main

import "fmt"

func sum(xs []int, out chan<- int) {
	if len(xs) <= 4 {
		s := 0
		for _, x := range xs {
			s += x
		}
		out <- s
		return
	}
	mid := len(xs) / 2
	left := make(chan int)
	right := make(chan int)
	go sum(xs[:mid], left)
	go sum(xs[mid:], right)
	out <- <-left + <-right
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if n < 10 {
		return fib(n-1) + fib(n-2)
	}
	c := make(chan int, 2)
	go func() { c <- fib(n - 1) }()
	go func() { c <- fib(n - 2) }()
	return <-c + <-c
}

func main() {
	xs := make([]int, 1000)
	for i := range xs {
		xs[i] = i + 1
	}
	out := make(chan int)
	go sum(xs, out)
	fmt.Println("sum", <-out)
	fmt.Println("fib(20)", fib(20))
}
