package main

import (
	"fmt"
	"strconv"
)

func lookup(m map[string]int, k string) {
	if v, ok := m[k]; ok {
		fmt.Println(k, "=", v)
	} else if len(k) > 3 {
		fmt.Println(k, "missing and long", v)
	} else {
		fmt.Println(k, "missing")
	}
}

func main() {
	m := map[string]int{"a": 1}
	lookup(m, "a")
	lookup(m, "bb")
	lookup(m, "cccc")
	if n, err := strconv.Atoi("42"); err == nil {
		fmt.Println("parsed", n)
	}
	if _, err := strconv.Atoi("x"); err != nil {
		fmt.Println("error:", err)
	}
	x := 5
	if x := x * 2; x > 5 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	if x > 3 {
		if x < 10 {
			fmt.Println("nested")
		}
	}
}
