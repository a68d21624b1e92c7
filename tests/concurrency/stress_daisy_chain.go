// Stress: a chain of 5000 goroutines, each passing a value + 1 to the next;
// then 200 rounds through a ring of 50 goroutines.
package main

import "fmt"

func main() {
	const n = 5000
	leftmost := make(chan int)
	left := leftmost
	for i := 0; i < n; i++ {
		right := make(chan int)
		go func(l, r chan int) { l <- 1 + <-r }(left, right)
		left = right
	}
	go func(c chan int) { c <- 0 }(left)
	fmt.Println("chain result", <-leftmost)

	const ring, rounds = 50, 200
	chans := make([]chan int, ring)
	for i := range chans {
		chans[i] = make(chan int)
	}
	done := make(chan int)
	for i := 0; i < ring; i++ {
		go func(i int) {
			in, out := chans[i], chans[(i+1)%ring]
			for v := range in {
				if v == ring*rounds {
					done <- v
					continue
				}
				out <- v + 1
			}
		}(i)
	}
	chans[0] <- 0
	fmt.Println("ring hops", <-done)
	for _, c := range chans {
		close(c)
	}
}
