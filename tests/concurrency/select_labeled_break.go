// break inside select leaves only the select; a labeled break leaves the
// enclosing for loop; labeled continue starts its next iteration.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 10; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	iterations := 0
outer:
	for {
		iterations++
		select {
		case v, ok := <-ch:
			if !ok {
				break outer
			}
			if v%2 == 0 {
				continue outer
			}
			if v > 7 {
				break // only leaves the select
			}
			sum += v
		}
	}
	fmt.Println("sum of odd <= 7:", sum, "iterations:", iterations)

	// break in select inside a for without label: loop keeps going
	count := 0
	for i := 0; i < 3; i++ {
		select {
		default:
			count++
			break
		}
	}
	fmt.Println("count", count)

	// goto-free state machine with labeled loops and nested selects
	in := make(chan string, 5)
	for _, s := range []string{"a", "b", "stop", "c"} {
		in <- s
	}
	var seen []string
read:
	for {
		select {
		case s := <-in:
			switch s {
			case "stop":
				break read
			default:
				seen = append(seen, s)
			}
		}
	}
	fmt.Println(seen, len(in))
}
