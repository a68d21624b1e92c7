// expect: handwritten
// RLock while the same goroutine holds the write lock: deadlock. Go 1.22
// reports "sync.RWMutex.RLock" (Go 1.19: "semacquire"); see HANDWRITTEN.md.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	fmt.Println("write-locked")
	rw.RLock()
	fmt.Println("unreachable")
}
