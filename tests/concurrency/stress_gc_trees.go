// Stress for the collector with goroutines: 8 goroutines build and sum binary trees
// (millions of objects, dozens of stop-the-world collections while others run or
// sit in select), a consumer drains some trees from a channel; sums must be exact.
package main

import (
	"fmt"
	"sync"
)

type node struct {
	l, r *node
	v    int
}

func build(d int) *node {
	if d == 0 {
		return &node{v: 1}
	}
	return &node{l: build(d - 1), r: build(d - 1), v: d}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.v + n.l.sum() + n.r.sum()
}

func main() {
	var wg sync.WaitGroup
	ch := make(chan *node, 4)
	res := make([]int, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			t := 0
			for i := 0; i < 40; i++ {
				n := build(12)
				select {
				case ch <- n:
				default:
				}
				t += n.sum()
			}
			res[w] = t
		}(w)
	}
	go func() {
		for n := range ch {
			_ = n.sum()
		}
	}()
	wg.Wait()
	fmt.Println(res)
}
