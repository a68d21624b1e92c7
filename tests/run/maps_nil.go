package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["x"]
	fmt.Println(v, ok)
	delete(m, "x")
	for k, v := range m {
		fmt.Println("never", k, v)
	}
	fmt.Println(m)
	m = map[string]int{}
	m["x"] = 1
	fmt.Println(m, m == nil)
	var mi map[interface{}]int = map[interface{}]int{}
	mi[1] = 1
	mi["1"] = 2
	mi[1.0] = 3
	mi[int8(1)] = 4
	fmt.Println(len(mi), mi[1], mi["1"], mi[1.0], mi[int8(1)])
}
