// expect: handwritten (Go 1.21 builtin clear; see tests/HANDWRITTEN.md)
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m == nil)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3, 4}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(sub))
	var nilMap map[int]bool
	clear(nilMap)
	var nilSlice []string
	clear(nilSlice)
	fmt.Println(nilMap == nil, nilSlice == nil)
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q\n", strs)
}
