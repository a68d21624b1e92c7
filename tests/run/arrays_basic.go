package main

import "fmt"

func modify(a [3]int) {
	a[0] = 100
}

func modifyPtr(a *[3]int) {
	a[0] = 100
}

func main() {
	var a [3]int
	fmt.Println(a, len(a))
	b := [3]int{1, 2, 3}
	c := b
	c[1] = 20
	fmt.Println(b, c)
	modify(b)
	fmt.Println(b)
	modifyPtr(&b)
	fmt.Println(b)
	d := [...]string{"x", "y", "z", "w"}
	fmt.Println(len(d), d)
	e := [5]int{1: 10, 3: 30}
	fmt.Println(e)
	fmt.Println(b == [3]int{100, 2, 3}, b != c)
	var grid [2][3]int
	grid[1][2] = 5
	fmt.Println(grid)
	p := &b
	p[2] = 9
	fmt.Println(*p, len(p))
	for i, v := range d {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	f := [...]int{5: 1}
	fmt.Println(len(f), f)
}
