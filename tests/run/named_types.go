package main

import (
	"fmt"
	"strings"
)

type Miles float64
type Km float64

func (m Miles) ToKm() Km { return Km(m * 1.609344) }

type Names []string

func (n Names) Join() string { return strings.Join(n, "+") }

type Counter map[string]int

type Handler func(string) string

func (h Handler) Call(s string) string { return "<" + h(s) + ">" }

type Score int

func (s Score) Grade() string {
	switch {
	case s >= 90:
		return "A"
	case s >= 80:
		return "B"
	}
	return "C"
}

func main() {
	m := Miles(10)
	fmt.Printf("%.3f %T\n", m.ToKm(), m.ToKm())
	n := Names{"a", "b"}
	n = append(n, "c")
	fmt.Println(n.Join(), len(n))
	plain := []string(n)
	fmt.Println(plain)
	c := Counter{}
	c["x"]++
	fmt.Println(c)
	h := Handler(strings.ToUpper)
	fmt.Println(h.Call("hi"))
	scores := []Score{95, 85, 50}
	for _, s := range scores {
		fmt.Print(s.Grade())
	}
	fmt.Println()
	var s Score = 10
	s += 5
	total := int(s) + 1
	fmt.Println(s, total)
	type Alias = int
	var a Alias = 3
	var i int = a
	fmt.Printf("%T %d\n", a, i)
}
