package main

import "fmt"

func get(s []string, i int) string { return s[i] }

func main() {
	fmt.Println(get([]string{"a"}, 0))
	fmt.Println(get([]string{"a"}, -1))
}
