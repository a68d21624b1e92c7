package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	fmt.Println(s, len(s))
	s = append(s, 100, 200)
	fmt.Println(len(s), s[10:])
	t := []int{1, 2}
	t = append(t, []int{3, 4, 5}...)
	fmt.Println(t)
	// appending within capacity shares the backing array
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a[3], b[3])
	// full slice expression forces a copy on append
	c := base[0:3:3]
	d := append(c, 7)
	d[0] = 42
	fmt.Println(base[0], d[0], len(d))
	bs := []byte("hello")
	bs = append(bs, " world"...)
	fmt.Println(string(bs))
	var strs []string
	strs = append(strs)
	fmt.Println(strs == nil, len(strs))
	strs = append(strs, "x")
	fmt.Println(strs)
	// remove element at index 2
	r := []int{0, 1, 2, 3, 4}
	r = append(r[:2], r[3:]...)
	fmt.Println(r, len(r))
	// insert
	r = append(r[:1], append([]int{9}, r[1:]...)...)
	fmt.Println(r)
}
