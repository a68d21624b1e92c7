// atomic.Value: Load before any Store returns nil; Store/Load/Swap/
// CompareAndSwap of a consistent concrete type; used to publish a config.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func main() {
	var v atomic.Value
	fmt.Println("empty load:", v.Load())
	v.Store(config{"initial", 1})
	c := v.Load().(config)
	fmt.Println(c.name, c.version)

	// readers always see a complete config
	var wg sync.WaitGroup
	bad := int32(0)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				c := v.Load().(config)
				if c.name != fmt.Sprint("v", c.version) && c.name != "initial" {
					atomic.AddInt32(&bad, 1)
				}
			}
		}()
	}
	for i := 2; i <= 50; i++ {
		v.Store(config{fmt.Sprint("v", i), i})
	}
	wg.Wait()
	fmt.Println("inconsistent reads:", bad, "final:", v.Load().(config).version)

	old := v.Swap(config{"swapped", 99})
	fmt.Println("swap returned", old.(config).version)
	fmt.Println(v.CompareAndSwap(config{"swapped", 99}, config{"cas", 100}), v.Load())
	fmt.Println(v.CompareAndSwap(config{"nope", 0}, config{"x", 0}), v.Load().(config).name)

	var s atomic.Value
	s.Store("text")
	s.Store("more text")
	fmt.Println(s.Load())
}
