package main

import "fmt"

func main() {
	π := 3.14159
	日本 := "Japan"
	var ñ, Σ int = 1, 2
	fmt.Println(π, 日本, ñ+Σ)
}
