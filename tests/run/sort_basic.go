package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 0, 2}
	sort.Ints(ints)
	fmt.Println(ints)
	strs := []string{"pear", "Apple", "banana", "apple", ""}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] })
	fmt.Println(ints)
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, len(empty))
	words := []string{"ccc", "a", "bb", "dddd"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	fmt.Println(words)
}
