package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "not there")
	_, ok = m["one"]
	fmt.Println(ok, len(m))
	m["two"] += 20
	m["four"]++
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	fmt.Println(m)
	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	ints := map[int]string{3: "c", 1: "a", 2: "b", -5: "neg"}
	fmt.Println(ints)
	// maps are references
	alias := m
	alias["five"] = 5
	fmt.Println(m["five"], len(m))
	if n, found := ints[2]; found {
		fmt.Println("found", n)
	}
}
