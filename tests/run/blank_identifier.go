package main

import (
	"fmt"
	_ "strings"
)

var _ = initSide()

func initSide() int {
	fmt.Println("blank var initialised")
	return 0
}

type T struct {
	_ int
	A int
	_ string
}

func pair() (int, int) { return 3, 4 }

func ignoreParam(_ int, b int) int { return b }

var _ fmt.Stringer = S("")

type S string

func (s S) String() string { return string(s) }

func main() {
	_, b := pair()
	fmt.Println(b)
	for _, c := range "ab" {
		fmt.Print(string(c))
	}
	fmt.Println()
	_ = b
	_ = "unused literal"
	fmt.Println(ignoreParam(1, 2))
	t := T{A: 5}
	fmt.Println(t.A)
	var _ int = 7
	x, _ := 1, 2
	fmt.Println(x)
}
