// stderr-prefix-only
package main

import "fmt"

func forever(n int) int {
	return forever(n+1) + 1
}

func main() {
	fmt.Println("recursing without end")
	fmt.Println(forever(0))
}
