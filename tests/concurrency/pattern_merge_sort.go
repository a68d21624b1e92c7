// Parallel merge sort: halves are sorted in goroutines down to a cutoff and
// merged; the result is compared with a sequential sort.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func psort(xs []int) []int {
	if len(xs) <= 64 {
		c := append([]int(nil), xs...)
		sort.Ints(c)
		return c
	}
	mid := len(xs) / 2
	left := make(chan []int)
	go func() { left <- psort(xs[:mid]) }()
	right := psort(xs[mid:])
	return merge(<-left, right)
}

func main() {
	r := rand.New(rand.NewSource(7))
	xs := make([]int, 5000)
	for i := range xs {
		xs[i] = r.Intn(100000)
	}
	got := psort(xs)
	want := append([]int(nil), xs...)
	sort.Ints(want)
	same := len(got) == len(want)
	for i := range got {
		if got[i] != want[i] {
			same = false
		}
	}
	fmt.Println("sorted", len(got), "matches sequential:", same)
	fmt.Println(sort.IntsAreSorted(got), sort.IntsAreSorted(xs))
}
