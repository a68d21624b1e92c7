package main

import "fmt"

type T struct{ name string }

func (t T) Show()   { fmt.Println("value receiver:", t.name) }
func (t *T) PShow() { fmt.Println("pointer receiver:", t.name) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func main() {
	x := 1
	defer fmt.Println("deferred x =", x) // evaluated now
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	t := T{"first"}
	defer t.Show()  // receiver copied now
	defer t.PShow() // pointer taken now
	t.name = "second"
	defer un(trace("a"))
	s := []int{1}
	defer fmt.Println("slice", s) // slice header copied, shares array
	s[0] = 99
	fmt.Println("body done")
}
