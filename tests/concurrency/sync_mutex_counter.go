// sync.Mutex protecting a counter and a map incremented by many goroutines;
// defer Unlock; a Mutex embedded in a struct.
package main

import (
	"fmt"
	"sync"
)

type stats struct {
	sync.Mutex
	hits map[string]int
}

func (s *stats) add(key string) {
	s.Lock()
	defer s.Unlock()
	s.hits[key]++
}

func main() {
	var mu sync.Mutex
	counter := 0
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter)

	s := &stats{hits: map[string]int{}}
	keys := []string{"a", "b", "c"}
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				s.add(keys[(g+i)%3])
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(s.hits)

	// a zero Mutex is unlocked; Lock/Unlock sequences in one goroutine
	var m2 sync.Mutex
	m2.Lock()
	m2.Unlock()
	m2.Lock()
	fmt.Println("relocked after unlock")
	m2.Unlock()
}
