// A reusable barrier: N goroutines work in phases and wait for each other at
// the end of every phase; main prints the per-phase totals.
package main

import (
	"fmt"
	"sync"
)

type barrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func newBarrier(n int) *barrier {
	b := &barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *barrier) wait() {
	b.mu.Lock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
	} else {
		for gen == b.gen {
			b.cond.Wait()
		}
	}
	b.mu.Unlock()
}

func main() {
	const workers, phases = 4, 3
	b := newBarrier(workers)
	var cells [phases][workers]int
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for p := 0; p < phases; p++ {
				prev := 0
				if p > 0 {
					for _, v := range cells[p-1] { // safe: phase p-1 is complete
						prev += v
					}
				}
				cells[p][w] = prev + w + 1
				b.wait()
			}
		}(w)
	}
	wg.Wait()
	for p := 0; p < phases; p++ {
		fmt.Println("phase", p, cells[p])
	}
}
