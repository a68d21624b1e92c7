// WaitGroup.Wait that is never satisfied (Add(2), one Done). Wait reason:
// "semacquire" in Go 1.19-1.23 (Go 1.24+ says "sync.WaitGroup.Wait").
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("worker done")
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
