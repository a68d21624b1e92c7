package main

import "fmt"

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	n := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		n += i
	}
	fmt.Println(n, sum([]int{1, 2, 3}))
}
