package main

import "fmt"

type Greeter struct{ name string }

func (g Greeter) Hello() string     { return "hello " + g.name }
func (g *Greeter) SetName(n string) { g.name = n }

type Num int

func (n Num) Add(m int) int { return int(n) + m }

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	g := Greeter{"ann"}
	hello := g.Hello // receiver copied now
	set := g.SetName // receiver is &g
	set("bob")
	fmt.Println(hello(), g.Hello())
	gp := &g
	h2 := gp.Hello // copies *gp now
	gp.SetName("cy")
	fmt.Println(h2(), gp.Hello())
	n := Num(10)
	add := n.Add
	n = 20
	fmt.Println(add(5), apply(n.Add, 1))
	fs := []func() string{g.Hello, Greeter{"dee"}.Hello}
	for _, f := range fs {
		fmt.Println(f())
	}
}
