// The atomic types atomic.Int32, atomic.Int64, atomic.Bool (Go 1.19): zero
// values are ready to use; methods Load, Store, Add, Swap, CompareAndSwap.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type server struct {
	requests atomic.Int64
	active   atomic.Int32
	shutdown atomic.Bool
}

func main() {
	var s server
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.active.Add(1)
			for i := 0; i < 50; i++ {
				s.requests.Add(1)
			}
			s.active.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println("requests", s.requests.Load(), "active", s.active.Load(), "shutdown", s.shutdown.Load())

	fmt.Println("swap", s.shutdown.Swap(true), s.shutdown.Load())
	fmt.Println("cas bool", s.shutdown.CompareAndSwap(false, true), s.shutdown.CompareAndSwap(true, false), s.shutdown.Load())

	var i32 atomic.Int32
	i32.Store(10)
	fmt.Println(i32.Add(5), i32.Swap(1), i32.Load())
	fmt.Println(i32.CompareAndSwap(2, 3), i32.CompareAndSwap(1, 3), i32.Load())

	var i64 atomic.Int64
	i64.Store(1 << 40)
	fmt.Println(i64.Add(-1), i64.Swap(0), i64.CompareAndSwap(0, -1), i64.Load())

	var u32 atomic.Uint32
	var u64 atomic.Uint64
	u32.Store(7)
	u64.Add(3)
	fmt.Println(u32.Load(), u64.Load())

	// a stop flag checked by workers
	var stop atomic.Bool
	var iterations atomic.Int64
	done := make(chan bool)
	go func() {
		for !stop.Load() {
			iterations.Add(1)
			if iterations.Load() == 100 {
				stop.Store(true)
			}
		}
		done <- true
	}()
	<-done
	fmt.Println("stopped after", iterations.Load())
}
