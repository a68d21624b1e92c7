package main

import (
	"fmt"
	"sort"
)

type T struct {
	x int
	n [2]int
}

func main() {
	s := []T{{1, [2]int{1, 1}}, {3, [2]int{3, 3}}, {2, [2]int{2, 2}}}
	p := &s[0]
	sort.Slice(s, func(i, j int) bool { return s[i].x > s[j].x })
	fmt.Println(p.x, s)
	arr := [][2]int{{3, 1}, {1, 2}}
	q := &arr[1]
	sort.Slice(arr, func(i, j int) bool { return arr[i][0] < arr[j][0] })
	fmt.Println(*q, arr)
}
