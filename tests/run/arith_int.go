package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a, +a, -(-a))
	fmt.Println(a*b+a/b-a%b, (a+b)*(a-b))
	x := 1000000
	fmt.Println(x*x, x*x*x)
	var u uint = 10
	fmt.Println(u/3, u%3, u*u)
	// (not gofmt-clean on purpose: gofmt would rewrite the 0X prefix)
	fmt.Println(1_000_000, 0b1010, 0o17, 017, 0x_FF, 0XAB)
	fmt.Println('a', '\n', '\x41', '\u00e9', '\U0001F600', '\'')
	c := 3
	c = c*c + c
	fmt.Println(c)
	fmt.Println(7 > 3, 7 < 3, 7 >= 7, 7 <= 6, 7 == 7, 7 != 7)
}
