// select {} blocks forever; with no other goroutine that could run, the
// runtime reports a deadlock (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("before select")
	select {}
}
