// sync/atomic functions on int32/int64: Add, Load, Store, Swap,
// CompareAndSwap, used from many goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n32 int32
	var n64 int64
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt32(&n32, 1)
				atomic.AddInt64(&n64, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&n32), atomic.LoadInt64(&n64))

	fmt.Println("add returns new value:", atomic.AddInt32(&n32, -5000), atomic.AddInt64(&n64, 1))
	atomic.StoreInt32(&n32, 42)
	atomic.StoreInt64(&n64, -7)
	fmt.Println(atomic.LoadInt32(&n32), atomic.LoadInt64(&n64))

	old32 := atomic.SwapInt32(&n32, 100)
	old64 := atomic.SwapInt64(&n64, 1<<40)
	fmt.Println("swap old:", old32, old64, "new:", n32, n64)

	fmt.Println(atomic.CompareAndSwapInt32(&n32, 99, 1), n32)
	fmt.Println(atomic.CompareAndSwapInt32(&n32, 100, 1), n32)
	fmt.Println(atomic.CompareAndSwapInt64(&n64, 1<<40, 5), n64)

	// exactly one goroutine wins the CAS race
	var owner int32 = -1
	var winners int32
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int32) {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&owner, -1, g) {
				atomic.AddInt32(&winners, 1)
			}
		}(int32(g))
	}
	wg.Wait()
	fmt.Println("winners", winners, "owner set", owner >= 0)

	// overflow wraps
	var small int32 = 2147483647
	fmt.Println(atomic.AddInt32(&small, 1))
	var u uint32 = 5
	fmt.Println(atomic.AddUint32(&u, ^uint32(0)), atomic.LoadUint32(&u))
	var u64 uint64
	atomic.StoreUint64(&u64, 9)
	fmt.Println(atomic.AddUint64(&u64, 1), atomic.SwapUint64(&u64, 0), atomic.CompareAndSwapUint64(&u64, 0, 3), u64)
}
