package main

import "fmt"

func main() {
	var a, b interface{} = 1, 2
	fmt.Println(a == b)
	a, b = []int{1}, []int{1}
	fmt.Println(a == b)
}
