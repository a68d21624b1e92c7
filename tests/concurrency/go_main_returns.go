// When main returns the program exits; goroutines still blocked (or still
// running) are abandoned and their later output never appears.
package main

import "fmt"

func main() {
	never := make(chan int)
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func(n int) {
			started <- true
			<-never // blocks forever
			fmt.Println("goroutine", n, "must not print")
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-started
	}
	go func() {
		select {} // blocks forever, not a deadlock because main is running
	}()
	fmt.Println("main done")
}
