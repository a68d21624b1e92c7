package main

import "fmt"

func main() {
	fmt.Println("hello, world")
	fmt.Println(42)
	fmt.Println("answer:", 42)
}
