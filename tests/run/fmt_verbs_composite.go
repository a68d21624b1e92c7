package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	tags  []string
}

type Wrapper struct {
	M   map[string]int
	Any interface{}
	Err error
}

type MyInt int
type MyStr string

func main() {
	p := Point{1, 2}
	l := Line{p, Point{3, 4}, "diag", []string{"x"}}
	fmt.Printf("%v\n%+v\n%#v\n", p, p, p)
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	fmt.Printf("%v %+v\n", &p, &l)
	w := Wrapper{M: map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%v\n%+v\n%#v\n", w, w, w)
	s := []int{1, 2}
	fmt.Printf("%v %#v %v %#v\n", s, s, []string{}, []string(nil))
	m := map[string]bool{"z": true, "a": false}
	fmt.Printf("%v %#v\n", m, m)
	arr := [2]bool{true, false}
	fmt.Printf("%v %#v\n", arr, arr)
	fmt.Printf("%#v %#v %#v %#v\n", 42, "str", 1.0, true)
	fmt.Printf("%#v %#v %#v\n", MyInt(3), MyStr("s"), []MyInt{1})
	var ip *int
	var e error
	var i interface{}
	fmt.Printf("%v %v %v %#v %#v\n", ip, e, i, e, i)
	fmt.Printf("%v %d\n", []interface{}{1, "a", nil}, []interface{}{1, 2})
	fmt.Printf("%#v\n", []interface{}{1, "a", nil})
	fmt.Printf("%#v\n", map[string]interface{}{"k": []int{1}})
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%v\n", [][]int{{1}, {2, 3}})
	fmt.Printf("%+v\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("%#x %x\n", []byte{1, 2}, Point{10, 11})
}
