package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	k := 5
	fmt.Println(len(s[0:1:4]))
	fmt.Println(s[0:1:k])
}
