// expect: handwritten
// Locking a Mutex twice in the same goroutine (Mutex is not reentrant): all
// goroutines asleep. Go 1.22 reports the wait reason "sync.Mutex.Lock"
// (Go 1.19 said "semacquire"); see HANDWRITTEN.md.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("unreachable")
}
