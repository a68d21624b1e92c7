package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Println(name, "runtime error:", re.Error())
			return
		}
		if err, ok := r.(error); ok {
			fmt.Println(name, "error:", err)
			return
		}
		fmt.Println(name, "other:", r)
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *struct{ x int }
	zero := 0
	try("index", func() { _ = s[3] })
	try("slice", func() { a := []int{1, 2, 3}; i := 5; _ = a[1:i] })
	try("div", func() { _ = 10 / zero })
	try("mod", func() { _ = 10 % zero })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { p.x = 1 })
	try("assert", func() { var i interface{} = "s"; _ = i.(int) })
	try("custom", func() { panic(fmt.Errorf("mine")) })
	try("string", func() { panic("text") })
	try("conv", func() { n := -1; _ = make([]int, n) })
	try("array", func() { var a [3]int; i := 3; a[i] = 1 })
	try("str", func() { s := "abc"; i := 10; _ = s[i] })
}
