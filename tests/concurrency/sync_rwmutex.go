// sync.RWMutex: many readers may hold the lock together; a writer excludes
// everyone. Readers counted with atomics; final state checked.
package main

import (
	"fmt"
	"sync"
)

type cache struct {
	mu sync.RWMutex
	m  map[int]int
}

func (c *cache) get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *cache) set(k, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	// two readers hold the read lock at the same time
	var rw sync.RWMutex
	rw.RLock()
	second := make(chan bool)
	go func() {
		rw.RLock() // does not block: only readers hold the lock
		second <- true
		rw.RUnlock()
	}()
	fmt.Println("second reader got the lock:", <-second)
	rw.RUnlock()

	// a writer waits for readers to leave
	rw.RLock()
	wrote := make(chan bool)
	state := "initial"
	go func() {
		rw.Lock()
		state = "written"
		rw.Unlock()
		wrote <- true
	}()
	snapshot := state
	rw.RUnlock()
	<-wrote
	fmt.Println(snapshot, "->", state)

	c := &cache{m: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				c.set(w*50+i, i)
			}
		}(w)
	}
	hits := make([]int, 4)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if _, ok := c.get(i); ok {
					hits[r]++
				}
			}
		}(r)
	}
	wg.Wait()
	sum := 0
	for k := 0; k < 200; k++ {
		v, _ := c.get(k)
		sum += v
	}
	fmt.Println("entries", len(c.m), "sum", sum)
	rl := rw.RLocker()
	rl.Lock()
	rl.Unlock()
	fmt.Println("RLocker ok")
}
