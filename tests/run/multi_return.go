package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func minMax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func find(xs []string, s string) (int, error) {
	for i, x := range xs {
		if x == s {
			return i, nil
		}
	}
	return -1, errors.New("not found: " + s)
}

func three() (int, string, bool) { return 1, "two", true }

func sum2(a, b int) int { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(minMax([]int{4, -2, 9, 0}))
	fmt.Println(sum2(divmod(9, 4)))
	if i, err := find([]string{"a", "b"}, "b"); err == nil {
		fmt.Println("index", i)
	}
	_, err := find(nil, "z")
	fmt.Println(err)
	a, b, c := three()
	fmt.Println(a, b, c)
	_, _, c2 := three()
	fmt.Println(c2)
	fmt.Println(three())
}
