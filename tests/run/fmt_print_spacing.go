package main

import "fmt"

type S struct{ A int }

func main() {
	// Print adds a space between operands only when neither is a string
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Print(S{1}, S{2}, "\n")
	fmt.Print(1.5, true, nil, "\n")
	// Println always separates operands with spaces
	fmt.Println("a", "b", 1, 2)
	fmt.Println()
	fmt.Println("")
	fmt.Println(nil, true)
	s := fmt.Sprint("x", 1, 2, "y")
	fmt.Println(s, len(s))
	s = fmt.Sprintln("x", 1, 2, "y")
	fmt.Printf("%q\n", s)
	fmt.Print()
	fmt.Print("\n")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d-%d\n", 1, 2)
	fmt.Println(n)
}
