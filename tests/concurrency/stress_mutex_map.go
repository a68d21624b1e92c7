// Stress: 64 goroutines update a shared map under a Mutex and a sharded
// counter under an RWMutex, with WaitGroups and atomics checking totals.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type shard struct {
	mu sync.RWMutex
	m  map[int]int
}

func main() {
	const g, ops = 64, 300
	shards := make([]*shard, 8)
	for i := range shards {
		shards[i] = &shard{m: map[int]int{}}
	}
	var reads int64
	var wg sync.WaitGroup
	for w := 0; w < g; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < ops; i++ {
				k := (w*ops + i) % 1000
				s := shards[k%8]
				if i%3 == 0 {
					s.mu.RLock()
					_ = s.m[k]
					s.mu.RUnlock()
					atomic.AddInt64(&reads, 1)
					continue
				}
				s.mu.Lock()
				s.m[k]++
				s.mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	total, keys := 0, 0
	for _, s := range shards {
		for _, v := range s.m {
			total += v
		}
		keys += len(s.m)
	}
	fmt.Println("writes", total, "reads", reads, "keys", keys)
}
