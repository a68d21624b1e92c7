package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m["ok"] = 1
	fmt.Println(len(m))
	m[[]int{1}] = 2
}
