// expect: handwritten (Go 1.22 range over integers; see tests/HANDWRITTEN.md)
package main

import "fmt"

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 3 {
		n++
	}
	fmt.Println(n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -2 {
		fmt.Println("never", i)
	}
	var k int8 = 3
	for j := range k {
		fmt.Printf("%T %d\n", j, j)
	}
	total := 0
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		total += i
	}
	fmt.Println(total)
	limit := 3
	for i := range limit {
		limit = 10
		fmt.Print(i)
	}
	fmt.Println(" limit", limit)
}
