package main

import "fmt"

type Person struct {
	Name string
	Age  int
	Tags []string
}

type Pair struct {
	A, B int
}

func birthday(p Person) Person {
	p.Age++
	return p
}

func main() {
	var zero Person
	fmt.Println(zero.Name == "", zero.Age, zero.Tags == nil)
	fmt.Printf("%v|%+v\n", zero, zero)
	p := Person{Name: "Ann", Age: 30}
	q := birthday(p)
	fmt.Println(p.Age, q.Age)
	p2 := Person{"Bob", 25, []string{"x"}}
	fmt.Println(p2)
	fmt.Printf("%+v\n", p2)
	a := Pair{1, 2}
	b := Pair{A: 1, B: 2}
	c := Pair{B: 5}
	fmt.Println(a == b, a == c, c)
	anon := struct {
		X int
		Y string
	}{3, "three"}
	fmt.Println(anon, anon.Y)
	ps := []Pair{{1, 2}, {3, 4}}
	ps[0].A = 100
	fmt.Println(ps)
	arr := [2]Pair{}
	arr[1].B = 7
	fmt.Println(arr)
	type Local struct{ v int }
	l := Local{v: 9}
	l.v *= 2
	fmt.Println(l)
	pp := &Pair{5, 6}
	pp.A += 10
	fmt.Println(pp.A, (*pp).B, *pp)
}
