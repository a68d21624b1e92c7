package main

import "fmt"

func main() {
	fmt.Println("leading BOM is allowed")
}
