package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 5
	for n > 0 {
		n -= 2
	}
	fmt.Println(n)
	count := 0
	for {
		count++
		if count == 4 {
			break
		}
	}
	fmt.Println(count)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	k := 0
	for ; k < 3; { // not gofmt-clean on purpose: tests the empty init/post form
		k++
	}
	fmt.Println(k)
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 3; i++ {
	}
	fmt.Println("after loop", i)
	sum := 0
	for x := 1; x < 1000; x *= 2 {
		sum += x
	}
	fmt.Println(sum)
}
