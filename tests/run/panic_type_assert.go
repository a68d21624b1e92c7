package main

import "fmt"

func main() {
	var x interface{} = "a string"
	s := x.(string)
	fmt.Println(s)
	n := x.(int)
	fmt.Println(n)
}
