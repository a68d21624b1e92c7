package main

import "fmt"

func main() {
	var d uint8
	x := uint8(7)
	fmt.Println("computing")
	fmt.Println(x % d)
}
