package main

import "fmt"

func main() {
	var x interface{}
	fmt.Println("asserting on nil interface")
	_ = x.(string)
}
