// Channel values are comparable: equal when they come from the same make;
// they can be map keys and interface values.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	c := a
	var n chan int
	fmt.Println(a == b, a == c, n == nil, a != nil)

	var ro <-chan int = a
	fmt.Println(ro == a)

	names := map[chan int]string{a: "a", b: "b"}
	names[c] = "c overwrites a"
	fmt.Println(len(names), names[a], names[b])

	var i1, i2 interface{} = a, c
	fmt.Println(i1 == i2)

	type pair struct{ in, out chan int }
	p1 := pair{a, b}
	p2 := pair{c, b}
	fmt.Println(p1 == p2)

	// a set of channels: which ones are closed
	chans := []chan int{make(chan int), make(chan int), make(chan int)}
	closed := map[chan int]bool{}
	close(chans[1])
	for _, ch := range chans {
		select {
		case <-ch:
			closed[ch] = true
		default:
		}
	}
	fmt.Println(len(closed), closed[chans[0]], closed[chans[1]])
}
