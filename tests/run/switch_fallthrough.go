package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ": ")
	switch {
	case n > 100:
		fmt.Print("huge ")
		fallthrough
	case n > 10:
		fmt.Print("big ")
		fallthrough
	case n > 0:
		fmt.Print("positive ")
	case n == 0:
		fmt.Print("zero ")
		fallthrough
	default:
		fmt.Print("non-positive ")
	}
	fmt.Println()
}

func main() {
	describe(500)
	describe(50)
	describe(5)
	describe(0)
	describe(-5)
	switch 1 {
	case 1:
		fmt.Println("one")
		fallthrough
	case 2:
		fmt.Println("two (fell through, case not tested)")
	case 3:
		fmt.Println("three")
	}
}
