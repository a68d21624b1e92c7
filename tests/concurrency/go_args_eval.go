// go f(x) evaluates the function value and its arguments in the calling
// goroutine, at the go statement; later changes are not seen by the goroutine.
package main

import "fmt"

var log []string

func trace(s string, v int) int {
	log = append(log, s)
	return v
}

func report(out chan<- string, name string, a, b int) {
	out <- fmt.Sprintf("%s a=%d b=%d", name, a, b)
}

type counter struct{ n int }

func (c counter) show(out chan<- string) { out <- fmt.Sprint("value receiver n=", c.n) }

func main() {
	out := make(chan string)
	x := 1
	go report(out, "first", trace("arg1", x), trace("arg2", x*10))
	x = 100 // too late: the arguments were already evaluated
	fmt.Println(log)
	fmt.Println(<-out)

	f := func(out chan<- string, v int) { out <- fmt.Sprint("f ", v) }
	g := f
	go g(out, x)
	g = nil // the function value was evaluated at the go statement
	fmt.Println(<-out)

	c := counter{n: 7}
	go c.show(out) // receiver copied now
	c.n = 8
	fmt.Println(<-out)

	s := []int{1, 2, 3}
	go func(v []int, n int) { out <- fmt.Sprint(v, n) }(s, len(s))
	s = append(s, 4)
	fmt.Println(<-out)
	fmt.Println(x, len(s), g == nil)
}
