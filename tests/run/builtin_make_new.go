package main

import "fmt"

type Config struct {
	Name    string
	Retries int
	Tags    map[string]string
}

func main() {
	s := make([]string, 3)
	fmt.Printf("%q %d %d\n", s, len(s), cap(s))
	s2 := make([]int, 0, 5)
	fmt.Println(s2, len(s2), cap(s2))
	m := make(map[string][]int)
	m["a"] = append(m["a"], 1)
	fmt.Println(m)
	m2 := make(map[int]bool, 100)
	fmt.Println(len(m2))
	c := new(Config)
	fmt.Printf("%+v\n", *c)
	c.Tags = make(map[string]string)
	c.Tags["env"] = "prod"
	c.Retries = 3
	fmt.Printf("%+v\n", *c)
	pi := new(int)
	*pi += 5
	fmt.Println(*pi)
	ps := new(string)
	fmt.Printf("%q\n", *ps)
	pa := new([3]int)
	pa[1] = 2
	fmt.Println(*pa)
	n := 4
	dyn := make([][]bool, n)
	for i := range dyn {
		dyn[i] = make([]bool, n-i)
	}
	fmt.Println(dyn)
	type Pair struct{ a, b int }
	pp := &Pair{}
	fmt.Println(*pp == *new(Pair))
}
