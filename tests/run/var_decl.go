package main

import "fmt"

var global = "global"
var (
	g1, g2 = 1, "two"
	g3     float64
	g4     []int
)

func main() {
	var a int
	var b, c = 1, "c"
	var d, e int = 2, 3
	var (
		f = true
		g string
	)
	fmt.Println(a, b, c, d, e, f, g == "")
	fmt.Println(global, g1, g2, g3, g4 == nil)
	h := 1.5
	i, j := "i", 'j'
	fmt.Printf("%T %T %T\n", h, i, j)
	var k, l = 1, 2.0
	fmt.Printf("%T %T\n", k, l)
	var p *int
	var m map[string]int
	var s []string
	var fn func()
	var it interface{}
	fmt.Println(p == nil, m == nil, s == nil, fn == nil, it == nil)
	var st struct{ A int }
	fmt.Println(st)
	var arr [2]bool
	fmt.Println(arr)
}
