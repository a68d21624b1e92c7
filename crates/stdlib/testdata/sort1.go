package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func mk() []Person {
	var people []Person
	for i := 0; i < 40; i++ {
		people = append(people, Person{fmt.Sprintf("p%02d", i), (i * 7) % 5})
	}
	return people
}

func main() {
	ints := []int{5, 2, 8, -1, 0, 2, 9}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 2), sort.SearchInts(ints, 3))
	strs := []string{"pear", "apple", "fig", "Banana"}
	sort.Strings(strs)
	fmt.Println(strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "fig"))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	people, p2, p3 := mk(), mk(), mk()
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.SliceStable(p2, func(i, j int) bool { return p2[i].Age > p2[j].Age })
	fmt.Println(p2)
	sort.Sort(ByAge(p3))
	fmt.Println(p3)
	sort.Sort(sort.Reverse(ByAge(p3)))
	fmt.Println(p3)
	sort.Stable(ByAge(p3))
	fmt.Println(p3)
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	idx := make([]int, len(big))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return big[idx[a]]/10 < big[idx[b]]/10 })
	fmt.Println(idx)
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i, sort.SliceIsSorted(ints, func(a, b int) bool { return ints[a] < ints[b] }))
	sort.Sort(sort.IntSlice(ints))
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Println(ints, strs)
}
