package main

import "fmt"

var (
	total = sum(items)
	items = build(count)
	count = next()
	calls int
)

var trace []string

func next() int {
	calls++
	trace = append(trace, "next")
	return 4
}

func build(n int) []int {
	trace = append(trace, "build")
	s := make([]int, n)
	for i := range s {
		s[i] = (i + 1) * 10
	}
	return s
}

func sum(xs []int) int {
	trace = append(trace, "sum")
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var x, y = pair()

func pair() (int, int) {
	trace = append(trace, "pair")
	return 1, 2
}

func init() {
	trace = append(trace, "init")
}

func main() {
	fmt.Println(total, items, count, calls)
	fmt.Println(x, y)
	fmt.Println(trace)
}
