package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int {
			c++
			return c
		}, func() {
			c = 0
		}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := counter()
	fmt.Println(other(), next())
	fib := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
	x := 10
	addX := func(n int) int { return n + x }
	x = 20
	fmt.Println(addX(1))
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
}
