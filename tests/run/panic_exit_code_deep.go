package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwinding level", n)
	if n == 3 {
		var arr []int
		_ = arr[n]
	}
	level(n + 1)
}

func main() {
	level(1)
}
