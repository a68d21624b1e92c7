package main

import "fmt"

func inc(p *int) { *p++ }

func newInt(v int) *int {
	return &v // escapes; each call gets a fresh variable
}

func main() {
	x := 1
	p := &x
	*p = 5
	fmt.Println(x, *p, p == &x)
	inc(&x)
	inc(p)
	fmt.Println(x)
	q := new(int)
	fmt.Println(*q)
	*q = 42
	fmt.Println(*q)
	a, b := newInt(1), newInt(1)
	fmt.Println(a == b, *a == *b)
	var np *int
	fmt.Println(np == nil, np)
	pp := &p
	**pp = 100
	fmt.Println(x)
	s := new([]int)
	*s = append(*s, 1, 2)
	fmt.Println(*s, len(*s))
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	for i, v := range ap {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	ep := &arr[2]
	*ep = 30
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	sp := &sl[0]
	*sp = 10
	fmt.Println(sl)
}
