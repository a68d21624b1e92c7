package main

import "fmt"

type Mover interface{ Move() }
type Namer interface{ Name() string }

type Car struct{ pos int }

func (c *Car) Move()       { c.pos++ }
func (c Car) Name() string { return fmt.Sprint("car@", c.pos) }

func describe(i interface{}) {
	_, isMover := i.(Mover)
	_, isNamer := i.(Namer)
	fmt.Printf("%T mover=%v namer=%v\n", i, isMover, isNamer)
}

func main() {
	c := Car{}
	describe(c)
	describe(&c)
	var m Mover = &c
	m.Move()
	m.Move()
	var n Namer = c // copy of c at this point
	c.Move()
	fmt.Println(n.Name(), c.Name())
	var n2 Namer = &c
	c.Move()
	fmt.Println(n2.Name())
}
