package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"carol": 35, "alice": 30, "bob": 25, "dave": 30}
	names := make([]string, 0, len(ages))
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-6s %d\n", n, ages[n])
	}
	// sum over values does not depend on order
	total := 0
	for _, a := range ages {
		total += a
	}
	fmt.Println("total", total)
	// deleting during iteration is allowed
	for k, v := range ages {
		if v == 30 {
			delete(ages, k)
		}
	}
	fmt.Println(len(ages), ages)
	// invert and sort by value then key
	type kv struct {
		k string
		v int
	}
	m := map[string]int{"x": 3, "y": 1, "z": 3, "w": 2}
	var pairs []kv
	for k, v := range m {
		pairs = append(pairs, kv{k, v})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].v != pairs[j].v {
			return pairs[i].v > pairs[j].v
		}
		return pairs[i].k < pairs[j].k
	})
	fmt.Println(pairs)
}
