// Storing a value of a different concrete type into an atomic.Value panics
// (recovered here); storing nil panics too, and that one is left unrecovered
// (exit 2).
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store(1)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store("a string")
	}()
	fmt.Println("still", v.Load())
	v.Store(nil)
}
