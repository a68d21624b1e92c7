// Cond.Wait with nobody left to Signal: deadlock with wait reason
// "sync.Cond.Wait".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	mu.Lock()
	fmt.Println("waiting for a signal that never comes")
	for !ready {
		c.Wait()
	}
	mu.Unlock()
}
