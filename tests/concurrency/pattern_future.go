// Futures: a function starts the work and returns a channel of capacity 1
// that will hold the result; the caller collects results later, in any order.
package main

import "fmt"

type future <-chan int

func async(f func() int) future {
	ch := make(chan int, 1)
	go func() { ch <- f() }()
	return ch
}

func (f future) await() int { return <-f }

func slowSum(n int) func() int {
	return func() int {
		s := 0
		for i := 1; i <= n; i++ {
			s += i
		}
		return s
	}
}

func main() {
	f1 := async(slowSum(100))
	f2 := async(slowSum(1000))
	f3 := async(func() int { return 7 })
	fmt.Println(f3.await(), f1.await(), f2.await())

	// a promise resolved once and read by many: close + shared value
	type promise struct {
		done chan struct{}
		val  string
	}
	p := &promise{done: make(chan struct{})}
	readers := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			<-p.done
			readers <- fmt.Sprint(i, ":", p.val)
		}(i)
	}
	p.val = "resolved"
	close(p.done)
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-readers] = true
	}
	fmt.Println(got)
}
