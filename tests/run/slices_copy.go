package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	// overlapping copy
	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println(s)
	s = []int{1, 2, 3, 4, 5}
	copy(s, s[2:])
	fmt.Println(s)
	b := make([]byte, 3)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	fmt.Println(copy(dst, []int{}), copy([]int{}, src))
	var nilDst []int
	fmt.Println(copy(nilDst, src))
	clone := append([]int(nil), src...)
	clone[0] = 100
	fmt.Println(src[0], clone[0])
}
