// A select whose cases are all nil channels blocks forever: deadlock reported
// with the wait reason "select" (not "select (no cases)").
package main

import "fmt"

func main() {
	var a chan int
	var b chan string
	fmt.Println("waiting")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- "x":
		fmt.Println("sent")
	}
}
