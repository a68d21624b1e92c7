// Buffered channels: len is the number of queued values, cap the buffer size;
// values come out in FIFO order; sends do not block until the buffer is full.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	ch <- "c"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, len(ch))
	ch <- "d"
	for len(ch) > 0 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()

	var nilch chan int
	fmt.Println("nil:", len(nilch), cap(nilch), nilch == nil)
	zero := make(chan int, 0)
	fmt.Println("cap 0:", cap(zero))

	big := make(chan int, 100)
	for i := 0; i < 100; i++ {
		big <- i
	}
	ok := true
	for i := 0; i < 100; i++ {
		if <-big != i {
			ok = false
		}
	}
	fmt.Println("fifo", ok, len(big))

	close(ch)
	ch2 := make(chan int, 5)
	ch2 <- 1
	ch2 <- 2
	close(ch2)
	fmt.Println("closed len/cap", len(ch2), cap(ch2))
	<-ch2
	fmt.Println("after one receive", len(ch2))
}
