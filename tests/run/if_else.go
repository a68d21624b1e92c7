package main

import "fmt"

func main() {
	x := 7
	if x > 5 {
		fmt.Println("big")
	} else {
		fmt.Println("small")
	}
	if x%2 == 0 {
		fmt.Println("even")
	} else if x%3 == 0 {
		fmt.Println("multiple of three")
	} else {
		fmt.Println("odd")
	}
}
