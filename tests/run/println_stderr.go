package main

import "fmt"

func main() {
	fmt.Println("stdout line 1")
	println("builtin println goes to stderr")
	println(1, -2, true, "text", 'x')
	print("print", "has", "no", "spaces", 1, 2, "\n")
	var u uint8 = 200
	println(u, int64(-7))
	var nilSlice []int
	println(len(nilSlice))
	println()
	fmt.Println("stdout line 2")
}
