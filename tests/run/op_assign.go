package main

import "fmt"

func main() {
	x := 10
	x += 5
	fmt.Println(x)
	x -= 3
	fmt.Println(x)
	x *= 4
	fmt.Println(x)
	x /= 5
	fmt.Println(x)
	x %= 4
	fmt.Println(x)
	x <<= 3
	fmt.Println(x)
	x >>= 1
	fmt.Println(x)
	x |= 3
	fmt.Println(x)
	x &= 6
	fmt.Println(x)
	x ^= 15
	fmt.Println(x)
	x &^= 8
	fmt.Println(x)
	s := "ab"
	s += "cd"
	fmt.Println(s)
	f := 1.5
	f *= 3
	f -= 0.5
	f /= 2
	fmt.Println(f)
	arr := []int{1, 2, 3}
	idx := 0
	next := func() int { idx++; return idx }
	arr[next()] += 10 // index evaluated once
	fmt.Println(arr, idx)
	m := map[string]int{}
	m["k"] += 7
	m["k"] *= 2
	fmt.Println(m["k"])
	var u8 uint8 = 250
	u8 += 10
	fmt.Println(u8)
}
