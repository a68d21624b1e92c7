package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r))
	}
	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Printf("%d %U %q\n", i, r, r)
	}
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println("runes:", n)
	for i := range "xyz" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	s := "héllo"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
}
