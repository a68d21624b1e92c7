package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {-1, 3}, {5, 7}, {-5, 7}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	// the identity (a/b)*b + a%b == a always holds
	for a := -6; a <= 6; a += 3 {
		for _, b := range []int{-4, 4} {
			fmt.Println(a, b, (a/b)*b+a%b == a)
		}
	}
	var i8 int8 = -7
	fmt.Println(i8/2, i8%2, i8>>1)
	fmt.Println(-7>>1, -1>>10, -8/8)
	const c = -7 / 2
	fmt.Println(c, -7%2)
}
