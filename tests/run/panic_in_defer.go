package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer deferred runs")
	}()
	defer func() {
		panic("panic in deferred call")
	}()
	fmt.Println("body")
}
