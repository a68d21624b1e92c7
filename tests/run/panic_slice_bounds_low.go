package main

import "fmt"

func main() {
	s := []byte("abc")
	lo := 4
	fmt.Println(string(s[3:]))
	fmt.Println(s[lo:])
}
