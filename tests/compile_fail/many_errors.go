package main

import (
	"fmt"
	"os"
	"strings"
)

func f() int {
}

func main() {
	a := 1
	b := "x" + 1
	var c int = "s"
	undefinedFunc()
	d := 2
	d := 3
	fmt.Println(undefinedVar, c)
	e := []int{1}
	e.Len()
	var g int8 = 1000
	h := 1
	i := 2
	j := 3
}
