package main

import "fmt"

func safe() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic("first, recovered")
}

func main() {
	safe()
	fmt.Println("continuing after recovery")
	var m map[int]int
	m[1] = 2
}
