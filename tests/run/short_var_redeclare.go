package main

import (
	"fmt"
	"strconv"
)

func pair() (int, error) { return 5, nil }

func main() {
	a, err := pair()
	fmt.Println(a, err)
	b, err := strconv.Atoi("12") // err reused, b new
	fmt.Println(b, err)
	a, c := 10, 20 // a reassigned, c new
	fmt.Println(a, c)
	if a, d := 1, 2; a < d {
		fmt.Println("inner", a, d)
	}
	fmt.Println("outer", a)
	x := 1
	{
		x, y := 2, 3 // new x in inner scope
		x++
		fmt.Println(x, y)
	}
	fmt.Println(x)
	for i, x := 0, 100; i < 2; i++ {
		fmt.Println(i, x)
	}
	_, e := strconv.Atoi("zz")
	fmt.Println(e != nil)
}
