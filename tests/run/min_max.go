// expect: handwritten (Go 1.21 builtins min and max; see tests/HANDWRITTEN.md)
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(-1.5, -2.5))
	fmt.Println(min("b", "a", "c"), max("apple", "banana"))
	x, y := 10, -4
	fmt.Println(min(x, y), max(x, y), min(x), max(x, y, 100))
	var u8 uint8 = 200
	fmt.Println(max(u8, 7), min(u8, 7))
	const c = min(5, 2.5)
	fmt.Println(c)
}
