// Mutex.TryLock succeeds only when the mutex is free; unlocking from another
// goroutine than the locker is allowed.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("first TryLock:", mu.TryLock())
	fmt.Println("second TryLock:", mu.TryLock())
	mu.Unlock()
	fmt.Println("after Unlock:", mu.TryLock())

	// held by main, observed by another goroutine
	res := make(chan bool)
	go func() { res <- mu.TryLock() }()
	fmt.Println("goroutine TryLock while held:", <-res)

	// another goroutine unlocks main's lock
	done := make(chan bool)
	go func() {
		mu.Unlock()
		done <- true
	}()
	<-done
	fmt.Println("unlocked by goroutine, TryLock:", mu.TryLock())
	mu.Unlock()

	// TryLock as a "skip if busy" guard
	var busy sync.Mutex
	busy.Lock()
	skipped, ran := 0, 0
	for i := 0; i < 5; i++ {
		if busy.TryLock() {
			ran++
			busy.Unlock()
		} else {
			skipped++
		}
	}
	busy.Unlock()
	fmt.Println("skipped", skipped, "ran", ran)

	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("TryRLock with reader:", rw.TryRLock(), "TryLock with reader:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock free:", rw.TryLock(), "TryRLock with writer:", rw.TryRLock())
	rw.Unlock()
}
