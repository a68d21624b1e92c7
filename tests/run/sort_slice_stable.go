package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 30},
	}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people[0].Name, people[len(people)-1].Name)
	// sort.Slice with a total order (unique keys) is deterministic
	nums := []int{9, 3, 7, 1, 8}
	sort.Slice(nums, func(i, j int) bool { return nums[i]%5 < nums[j]%5 || (nums[i]%5 == nums[j]%5 && nums[i] < nums[j]) })
	fmt.Println(nums)
}
