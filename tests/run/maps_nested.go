package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func main() {
	groups := map[string][]string{}
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	for _, w := range words {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups)
	fmt.Println(len(groups["a"]), groups["z"] == nil)

	pts := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	pts[Point{3, 4}] = "b"
	fmt.Println(pts[Point{0, 0}], pts[Point{1, 2}], len(pts))

	nested := map[string]map[string]int{}
	add := func(a, b string, n int) {
		inner, ok := nested[a]
		if !ok {
			inner = map[string]int{}
			nested[a] = inner
		}
		inner[b] += n
	}
	add("x", "p", 1)
	add("x", "q", 2)
	add("y", "p", 3)
	add("x", "p", 4)
	fmt.Println(nested)

	structs := map[string]Point{"a": {1, 1}}
	p := structs["a"]
	p.X = 10
	structs["a"] = p
	fmt.Println(structs)

	ptrs := map[string]*Point{"a": {1, 1}}
	ptrs["a"].Y = 50
	fmt.Println(*ptrs["a"])

	var keys []Point
	for k := range pts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].X < keys[j].X })
	fmt.Println(keys)
	bools := map[bool]int{true: 1, false: 0}
	fmt.Println(bools)
}
