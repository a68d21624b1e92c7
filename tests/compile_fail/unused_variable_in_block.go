package main

import "fmt"

func main() {
	a := 1
	if a > 0 {
		b := 2
	}
	fmt.Println(a)
}
