// Unlocking an unlocked Mutex is a fatal error (not a recoverable panic).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer func() {
		fmt.Println("recover cannot catch a fatal error:", recover())
	}()
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	mu.Unlock()
	fmt.Println("unreachable")
}
