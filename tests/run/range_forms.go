package main

import "fmt"

func main() {
	nums := []int{10, 20, 30}
	for i := range nums {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, v := range nums {
		nums[i] = v * 2 // v is a copy
	}
	fmt.Println(nums)
	for _, v := range nums {
		v++
	}
	fmt.Println(nums)
	// range over an array iterates over a copy
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("copy value:", v)
		}
	}
	// range over a slice sees updates to elements
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice value:", v)
		}
	}
	// the range expression is evaluated once
	s := []int{1, 2, 3}
	for i := range s {
		s = append(s, i)
	}
	fmt.Println(s)
	var nilSlice []string
	for range nilSlice {
		fmt.Println("never")
	}
	for range [3]struct{}{} {
		fmt.Print("x")
	}
	fmt.Println()
	var i int
	for i = range nums {
	}
	fmt.Println("last index", i)
	ptr := &arr
	for i, v := range ptr {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
}
