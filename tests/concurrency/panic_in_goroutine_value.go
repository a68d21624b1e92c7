// stderr-prefix-only
// panic with an error value in a goroutine: the message is the Error() text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	block := make(chan int)
	go func() {
		fmt.Println("about to fail")
		panic(errors.New("worker failed: disk full"))
	}()
	<-block
}
