// A spin lock built from CompareAndSwapInt32 and runtime.Gosched protects a
// plain counter; the total is exact.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type spin struct{ state int32 }

func (s *spin) lock() {
	for !atomic.CompareAndSwapInt32(&s.state, 0, 1) {
		runtime.Gosched()
	}
}

func (s *spin) unlock() { atomic.StoreInt32(&s.state, 0) }

func main() {
	var l spin
	counter := 0
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				l.lock()
				counter++
				l.unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter, "state", atomic.LoadInt32(&l.state))
}
