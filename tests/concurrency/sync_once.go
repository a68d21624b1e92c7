// sync.Once: Do runs f exactly once even when called from many goroutines;
// every caller returns only after f has finished; a panicking f counts as done.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	calls  int
)

func load() {
	calls++
	config = map[string]string{"mode": "fast", "level": "3"}
}

func main() {
	var wg sync.WaitGroup
	seen := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(load)
			seen[i] = config["mode"] // safe: Do returns after load finished
		}(i)
	}
	wg.Wait()
	fmt.Println("calls", calls, seen[0], seen[9], config)

	// a different function on a used Once does not run
	once.Do(func() { fmt.Println("never printed") })

	// panic inside Do: Do is still considered done
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("init failed") })
	}()
	ran := false
	p.Do(func() { ran = true })
	fmt.Println("ran again:", ran)

	// recursion-free nesting: separate Once values are independent
	var a, b sync.Once
	order := []string{}
	a.Do(func() {
		order = append(order, "a")
		b.Do(func() { order = append(order, "b") })
	})
	b.Do(func() { order = append(order, "b again") })
	fmt.Println(order)
}
