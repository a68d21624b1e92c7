package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int         { return p.X + p.Y }
func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Point) Scaled(f int) Point {
	return Point{p.X * f, p.Y * f}
}

func main() {
	sum := Point.Sum
	fmt.Println(sum(Point{1, 2}))
	move := (*Point).Move
	p := Point{1, 1}
	move(&p, 2, 3)
	fmt.Println(p)
	psum := (*Point).Sum // value method through pointer type
	fmt.Println(psum(&p))
	scaled := Point.Scaled
	fmt.Println(scaled(p, 10))
	fmt.Printf("%T\n", sum)
	fmt.Printf("%T\n", move)
	ops := map[string]func(Point) int{
		"sum": Point.Sum,
		"x":   func(p Point) int { return p.X },
	}
	fmt.Println(ops["sum"](p), ops["x"](p))
}
