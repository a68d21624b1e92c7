// runtime.Gosched yields the processor; a spinning main that calls it lets
// other goroutines run even with GOMAXPROCS=1.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var flag int32
	var work int64
	go func() {
		for i := 0; i < 1000; i++ {
			atomic.AddInt64(&work, 1)
			if i%100 == 0 {
				runtime.Gosched()
			}
		}
		atomic.StoreInt32(&flag, 1)
	}()
	spins := 0
	for atomic.LoadInt32(&flag) == 0 {
		runtime.Gosched()
		spins++
	}
	fmt.Println("work", atomic.LoadInt64(&work), "spins counted", spins >= 0)

	// Gosched with nothing else to run just returns
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	fmt.Println("done")
}
