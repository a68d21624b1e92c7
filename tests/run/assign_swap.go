package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	s := []int{10, 20, 30}
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	// index expressions are evaluated before assignment
	i := 0
	i, s[i] = 1, 99
	fmt.Println(i, s)
	a, b = b, a+b
	fmt.Println(a, b)
	fib := []int{0, 1}
	p, q := 0, 1
	for k := 0; k < 8; k++ {
		p, q = q, p+q
		fib = append(fib, q)
	}
	fmt.Println(fib)
	m := map[string]int{}
	m["a"], m["b"] = 1, 2
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)
	type P struct{ X, Y int }
	pt := P{1, 2}
	pt.X, pt.Y = pt.Y, pt.X
	fmt.Println(pt)
	var _, second = 1, 2
	fmt.Println(second)
}
