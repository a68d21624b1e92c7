// v, ok := <-ch inside select cases: detect closed channels and merge two
// sources until both are closed (closed ones are replaced by nil).
package main

import "fmt"

func source(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		for _, v := range vals {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

func main() {
	a := source(1, 2, 3)
	b := source(10, 20)
	sum, n, closes := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closes++
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				closes++
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println("sum", sum, "values", n, "closed", closes)

	// ok without a value, assignment to existing variables
	c := make(chan string, 1)
	c <- "x"
	var s string
	var ok bool
	select {
	case s, ok = <-c:
	}
	fmt.Printf("%q %v\n", s, ok)
	close(c)
	select {
	case s, ok = <-c:
	}
	fmt.Printf("%q %v\n", s, ok)
	select {
	case _, ok = <-c:
		fmt.Println("blank value, ok =", ok)
	}
}
