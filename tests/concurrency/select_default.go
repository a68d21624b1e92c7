// select with default: non-blocking receive and send.
package main

import "fmt"

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return -1, false
	}
}

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func main() {
	ch := make(chan int, 2)
	fmt.Println(tryRecv(ch))
	fmt.Println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))

	unbuf := make(chan int)
	fmt.Println("unbuffered, nobody waiting:", trySend(unbuf, 5))

	var nilch chan int
	fmt.Println("nil channel:", trySend(nilch, 1))
	fmt.Println(tryRecv(nilch))

	close(ch)
	v, ok := tryRecv(ch)
	fmt.Println("closed channel is ready:", v, ok)

	// select with only a default
	n := 0
	select {
	default:
		n++
	}
	fmt.Println("default only", n)

	// polling loop: count how many values were already buffered
	q := make(chan int, 10)
	for i := 0; i < 7; i++ {
		q <- i
	}
	drained := 0
loop:
	for {
		select {
		case <-q:
			drained++
		default:
			break loop
		}
	}
	fmt.Println("drained", drained)
}
