package main

import "fmt"

type T struct{ n int }

func main() {
	i := 0
	i++
	i++
	i--
	fmt.Println(i)
	f := 1.5
	f++
	fmt.Println(f)
	s := []int{1, 2}
	s[1]++
	fmt.Println(s)
	m := map[string]int{}
	m["a"]++
	m["a"]++
	m["b"]--
	fmt.Println(m)
	t := T{}
	t.n++
	p := &t
	p.n++
	fmt.Println(t.n)
	var b byte = 255
	b++
	fmt.Println(b)
	for j := 10; j > 0; j -= 3 {
		fmt.Print(j, " ")
	}
	fmt.Println()
}
