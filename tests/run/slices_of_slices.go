package main

import (
	"fmt"
	"strings"
)

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := 0; i < n; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = rows[i-1][j-1] + rows[i-1][j]
		}
		rows[i] = row
	}
	return rows
}

func main() {
	for _, row := range pascal(6) {
		fmt.Println(row)
	}
	board := [][]string{
		{"_", "_", "_"},
		{"_", "_", "_"},
		{"_", "_", "_"},
	}
	board[0][0] = "X"
	board[2][2] = "O"
	board[1][2] = "X"
	for i := 0; i < len(board); i++ {
		fmt.Println(strings.Join(board[i], " "))
	}
	jag := [][]int{{1}, nil, {2, 3}}
	fmt.Println(jag, len(jag[1]), jag[1] == nil)
}
