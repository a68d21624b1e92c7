package main

import "fmt"

func main() {
	fmt.Println("tab\tand\u00e9 \U0001F600 \x41\101 \a\b\f\v\\")
}
