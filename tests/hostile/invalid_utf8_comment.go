package main

import "fmt"

// comment with a bad byte: Ã(
func main() {
	fmt.Println("ok")
}
