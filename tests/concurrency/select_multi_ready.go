// When several cases are ready select picks one pseudo-randomly; only
// aggregates are printed, never which case won.
package main

import "fmt"

func main() {
	a := make(chan int, 1000)
	b := make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
	}
	na, nb, total := 0, 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case v := <-a:
			na++
			total += v
		case v := <-b:
			nb++
			total += v
		}
	}
	fmt.Println("picked", na+nb, "left", len(a)+len(b))
	fmt.Println("consistent", total == na*1+nb*2, na+len(a) == 1000, nb+len(b) == 1000)

	// both cases always ready (closed channels): the loop terminates by count
	c1 := make(chan bool)
	c2 := make(chan bool)
	close(c1)
	close(c2)
	hits := 0
	for i := 0; i < 500; i++ {
		select {
		case <-c1:
			hits++
		case <-c2:
			hits++
		}
	}
	fmt.Println("hits", hits)

	// send cases: a value goes to exactly one of the channels
	x := make(chan int, 100)
	y := make(chan int, 100)
	for i := 1; i <= 100; i++ {
		select {
		case x <- i:
		case y <- i:
		}
	}
	sum := 0
	close(x)
	close(y)
	for v := range x {
		sum += v
	}
	for v := range y {
		sum += v
	}
	fmt.Println("sum", sum)
}
