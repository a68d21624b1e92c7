package main

import "fmt"

func main() {
	defer fmt.Println("last deferred still runs")
	defer func() {
		panic("second")
	}()
	panic("first")
}
