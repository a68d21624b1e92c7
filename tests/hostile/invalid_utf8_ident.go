package main

import "fmt"

func main() {
	xÿ := 1
	fmt.Println(xÿ)
}
