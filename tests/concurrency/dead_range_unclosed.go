// Ranging over a channel that is never closed: after the producer finishes,
// the range loop blocks forever.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
		}
		// forgot close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
		fmt.Println("sum so far", sum)
	}
	fmt.Println("unreachable")
}
