// The top-level math/rand functions are safe for concurrent use. Their values
// are not printed (the global source is randomly seeded in newer Go), only
// range checks and counts.
package main

import (
	"fmt"
	"math/rand"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	inRange, total := 0, 0
	hist := make([]int, 10)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := make([]int, 10)
			ok := 0
			for i := 0; i < 1000; i++ {
				v := rand.Intn(10)
				f := rand.Float64()
				if v >= 0 && v < 10 && f >= 0 && f < 1 {
					ok++
				}
				local[v]++
			}
			mu.Lock()
			inRange += ok
			total += 1000
			for i, c := range local {
				hist[i] += c
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	sum := 0
	for _, c := range hist {
		sum += c
	}
	fmt.Println("in range", inRange, "of", total, "histogram total", sum)
	p := rand.Perm(20)
	seen := map[int]bool{}
	for _, v := range p {
		seen[v] = true
	}
	fmt.Println("perm is a permutation:", len(seen) == 20)
}
