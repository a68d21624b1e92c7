package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 4, 11, 12} {
		i := sort.SearchInts(a, x)
		found := i < len(a) && a[i] == x
		fmt.Println(x, i, found)
	}
	i := sort.Search(len(a), func(i int) bool { return a[i] >= 6 })
	fmt.Println("first >= 6 at", i, a[i])
	// smallest n with n*n >= 1000
	n := sort.Search(1000, func(n int) bool { return n*n >= 1000 })
	fmt.Println(n)
	fmt.Println(sort.Search(0, func(int) bool { return true }))
	desc := []int{9, 7, 5, 3}
	j := sort.Search(len(desc), func(i int) bool { return desc[i] <= 6 })
	fmt.Println(j, desc[j])
}
