package main

import "fmt"

var trace []string

func v(name string, x int) int {
	trace = append(trace, name)
	return x
}

func idx(name string, i int) int {
	trace = append(trace, "idx "+name)
	return i
}

func sum3(a, b, c int) int { return a + b + c }

func main() {
	r := sum3(v("a", 1), v("b", 2), v("c", 3))
	fmt.Println(r, trace)
	trace = nil
	x := v("l", 10) - v("r", 3)*v("m", 2)
	fmt.Println(x, trace)
	trace = nil
	s := []int{0, 0, 0}
	s[idx("lhs", 1)] = v("rhs", 7)
	fmt.Println(s, trace)
	trace = nil
	m := map[int]int{}
	m[idx("k1", 1)], m[idx("k2", 2)] = v("v1", 10), v("v2", 20)
	fmt.Println(m, trace)
	trace = nil
	arr := []int{v("e0", 0), v("e1", 1)}
	mp := map[string]int{"a": v("ma", 1), "b": v("mb", 2)}
	fmt.Println(arr, len(mp), trace)
	trace = nil
	b := v("and1", 0) > 0 && v("and2", 1) > 0
	c := v("or1", 1) > 0 || v("or2", 1) > 0
	fmt.Println(b, c, trace)
	i := 0
	i, s[i] = 2, 9 // index evaluated before any assignment
	fmt.Println(i, s)
}
