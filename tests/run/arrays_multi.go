package main

import "fmt"

type Matrix [3][3]int

func identity() Matrix {
	var m Matrix
	for i := 0; i < 3; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func main() {
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(m.Mul(identity()) == m)
	fmt.Println(m.Mul(m))
	row := m[1]
	row[0] = 0
	fmt.Println(m[1], row)
	arrs := [][2]string{{"a", "b"}, {"c", "d"}}
	for _, pair := range arrs {
		fmt.Println(pair[1] + pair[0])
	}
	type Key [2]int
	seen := map[Key]bool{{1, 2}: true}
	fmt.Println(seen[Key{1, 2}], seen[Key{2, 1}])
}
