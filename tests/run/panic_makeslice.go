package main

import "fmt"

func main() {
	n := -3
	fmt.Println("making slice")
	s := make([]int, n)
	fmt.Println(len(s))
}
