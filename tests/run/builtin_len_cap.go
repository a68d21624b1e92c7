package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s), len("abc"), len(""))
	arr := [5]int{}
	fmt.Println(len(arr), cap(arr))
	var pa *[4]string
	fmt.Println(len(pa), cap(pa)) // no dereference happens
	sl := make([]int, 2, 7)
	fmt.Println(len(sl), cap(sl), len(sl[1:]), cap(sl[1:]), cap(sl[:0]))
	m := map[int]int{1: 1, 2: 2}
	fmt.Println(len(m))
	var nilm map[string]bool
	var nils []float64
	fmt.Println(len(nilm), len(nils), cap(nils))
	const c = len("constant")
	var a [c]byte
	fmt.Println(c, len(a))
	matrix := [3][4]int{}
	fmt.Println(len(matrix), len(matrix[0]))
	fmt.Println(len([]rune(s)), len([]byte(s)))
}
