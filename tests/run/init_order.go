package main

import "fmt"

// Package-level variables are initialised in dependency order,
// not in declaration order.
var a = c + b
var b = f("b", 1)
var c = f("c", 2)
var d = 3

func f(name string, v int) int {
	fmt.Println("init", name, "=", v, "d =", d)
	return v
}

func init() {
	fmt.Println("init() #1: a =", a)
}

func init() {
	fmt.Println("init() #2")
	d = 100
}

func main() {
	fmt.Println("main:", a, b, c, d)
}
