// fmt.Println calls a String method that receives from a channel nobody sends
// on: the goroutine blocks inside fmt, and the program deadlocks.
package main

import "fmt"

type Chan struct{ c chan string }

func (c Chan) String() string { return <-c.c }

func main() {
	fmt.Println("before")
	fmt.Println(Chan{make(chan string)})
}
