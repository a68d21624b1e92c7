package main

type Mover interface{ Move() }

type Car struct{}

func (c *Car) Move() {}

func main() {
	var m Mover = Car{}
	_ = m
}
