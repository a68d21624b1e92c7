package main

import "fmt"

func makeAdders() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 3; i++ {
		n := i * 10 // fresh variable per iteration in every Go version
		fs = append(fs, func(x int) int { return x + n })
	}
	return fs
}

func main() {
	for _, f := range makeAdders() {
		fmt.Print(f(1), " ")
	}
	fmt.Println()
	total := 0
	accumulate := func(xs ...int) {
		for _, x := range xs {
			total += x
		}
	}
	accumulate(1, 2, 3)
	accumulate(4)
	fmt.Println(total)
	s := []int{1, 2, 3}
	mod := func() { s[0] = 100; s = append(s, 4) }
	mod()
	fmt.Println(s)
	msg := "before"
	show := func() string { return msg }
	msg = "after"
	fmt.Println(show())
	outer := func() func() int {
		y := 0
		return func() int {
			y += 5
			return y
		}
	}
	g1, g2 := outer(), outer()
	fmt.Println(g1(), g1(), g2())
}
