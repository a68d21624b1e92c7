// Receiving from a closed channel: buffered values first, then the zero value
// with ok == false, forever.
package main

import "fmt"

type point struct{ X, Y int }

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
	fmt.Println("plain receive:", <-ch)

	s := make(chan string)
	close(s)
	v, ok := <-s
	fmt.Printf("%q %v\n", v, ok)

	p := make(chan point, 1)
	p <- point{1, 2}
	close(p)
	pv, ok := <-p
	fmt.Println(pv, ok)
	pv, ok = <-p
	fmt.Println(pv, ok)

	e := make(chan error)
	close(e)
	ev, ok := <-e
	fmt.Println(ev, ok, ev == nil)

	ptr := make(chan *point)
	close(ptr)
	pp, ok := <-ptr
	fmt.Println(pp == nil, ok)

	sl := make(chan []int)
	close(sl)
	sv, ok := <-sl
	fmt.Println(sv == nil, len(sv), ok)

	f := make(chan float64)
	go func() { f <- 2.5; close(f) }()
	fv, ok := <-f
	fmt.Println(fv, ok)
	fv, ok = <-f
	fmt.Println(fv, ok)
}
