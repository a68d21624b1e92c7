package main

import (
	"fmt"
	"sort"
)

func keys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	delete(m, "b")
	fmt.Println(keys(m), len(m))
	delete(m, "zzz")
	fmt.Println(len(m))
	for _, k := range keys(m) {
		if m[k]%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(m)
	delete(m, "d")
	fmt.Println(m, len(m), m == nil)
	m["a"] = 10
	fmt.Println(m)
	im := map[int]string{1: "x"}
	delete(im, 1)
	_, ok := im[1]
	fmt.Println(ok)
}
