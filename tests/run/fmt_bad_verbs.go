package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("no verbs\n", "extra", 5)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", true)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%.2f\n", "f")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%c\n", "c")
	s := fmt.Sprintf("%d %s", 1)
	fmt.Println(s)
}
