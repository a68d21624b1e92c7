// The negative-counter panic is an ordinary panic and can be recovered;
// its value is a string.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T: %v\n", r, r)
		}()
		wg.Add(-1)
	}()
	var wg2 sync.WaitGroup
	wg2.Add(2)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg2.Add(-3)
	}()
}
