package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	fmt.Println(s[2:5], s[:3], s[5:], len(s[2:5]), cap(s[2:5]))
	t := s[2:5]
	t[0] = 20
	fmt.Println(s)
	u := s[1:3:4]
	fmt.Println(u, len(u), cap(u))
	m := make([]int, 3, 10)
	fmt.Println(m, len(m), cap(m))
	m = m[:6]
	fmt.Println(m, len(m))
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), cap(nilS), nilS)
	empty := []int{}
	fmt.Println(empty == nil, len(empty))
	arr := [5]int{1, 2, 3, 4, 5}
	as := arr[1:4]
	as[0] = 99
	fmt.Println(arr, as, cap(as))
	strs := []string{"a", "b", "c"}
	strs[1] = "B"
	fmt.Println(strs, len(strs))
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	fmt.Println(s[len(s)-1], s[:0], s[8:])
}
