package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	// break inside switch only leaves the switch
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Print("i=", i, " ")
		}
	}
	fmt.Println()
	// a labeled break leaves the loop from inside a switch
loop:
	for i := 0; ; i++ {
		switch {
		case i == 5:
			break loop
		case i%2 == 0:
			continue loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
L:
	for {
		for {
			n++
			if n > 3 {
				break L
			}
			continue L
		}
	}
	fmt.Println("n", n)
}
