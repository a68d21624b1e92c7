package main

import "fmt"

type Point struct{ X, Y int }
type Rect struct {
	Min, Max Point
	Name     string
}

func main() {
	a := Rect{Point{0, 0}, Point{2, 3}, "r"}
	b := Rect{Min: Point{}, Max: Point{2, 3}, Name: "r"}
	fmt.Println(a == b, a != b)
	b.Max.Y++
	fmt.Println(a == b)
	arrA := [2]Point{{1, 2}, {3, 4}}
	arrB := arrA
	fmt.Println(arrA == arrB)
	arrB[1].X = 0
	fmt.Println(arrA == arrB)
	var i1, i2 interface{} = Point{1, 2}, Point{1, 2}
	fmt.Println(i1 == i2, i1 == Point{1, 2}, i1 == interface{}(Point{2, 1}))
	var i3 interface{} = &Point{1, 2}
	var i4 interface{} = &Point{1, 2}
	fmt.Println(i3 == i4)
	p := &Point{5, 5}
	q := p
	fmt.Println(p == q, *p == Point{5, 5})
	counts := map[Point]int{}
	for _, pt := range []Point{{1, 1}, {2, 2}, {1, 1}} {
		counts[pt]++
	}
	fmt.Println(counts[Point{1, 1}], counts[Point{2, 2}], len(counts))
	type Empty struct{}
	fmt.Println(Empty{} == Empty{})
	var e1, e2 interface{} = 1, int64(1)
	fmt.Println(e1 == e2)
}
