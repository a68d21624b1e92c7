// stderr-prefix-only
// An unrecovered panic in a goroutine other than main kills the whole program
// (exit 2); deferred calls of main do not run. The report names the panicking
// goroutine, whose number is implementation specific, so only the lines
// before "goroutine N [running]:" are compared.
package main

import "fmt"

func main() {
	defer fmt.Println("main's defer does not run")
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine's own defer runs first")
		fmt.Println("worker starting")
		var m map[string]int
		m["boom"] = 1
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}
