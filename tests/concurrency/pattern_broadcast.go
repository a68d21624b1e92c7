// Broadcast (tee): one source, every value copied to several subscriber
// channels; each subscriber keeps its own total.
package main

import "fmt"

func broadcast(src <-chan int, subs []chan int) {
	for v := range src {
		for _, s := range subs {
			s <- v
		}
	}
	for _, s := range subs {
		close(s)
	}
}

func main() {
	src := make(chan int)
	subs := make([]chan int, 3)
	for i := range subs {
		subs[i] = make(chan int)
	}
	go broadcast(src, subs)
	totals := make(chan [2]int)
	for i, s := range subs {
		go func(id int, in <-chan int) {
			t := 0
			for v := range in {
				t += v * (id + 1)
			}
			totals <- [2]int{id, t}
		}(i, s)
	}
	go func() {
		for i := 1; i <= 10; i++ {
			src <- i
		}
		close(src)
	}()
	res := make([]int, 3)
	for range subs {
		r := <-totals
		res[r[0]] = r[1]
	}
	fmt.Println(res)
}
