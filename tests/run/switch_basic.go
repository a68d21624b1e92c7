package main

import "fmt"

func kind(c rune) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	default:
		return "consonant"
	}
}

func sign(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	}
	return "positive"
}

func main() {
	for _, c := range "hi yo" {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	fmt.Println(sign(-3), sign(0), sign(8))
	switch x := 5; x * 2 {
	case 5:
		fmt.Println("five")
	case 10:
		fmt.Println("ten")
	}
	switch n := 7; {
	case n > 5 && n < 10:
		fmt.Println("between")
	}
	switch {
	}
	s := "go"
	switch s + "lang" {
	case "golang":
		fmt.Println("matched string")
	}
	// cases are evaluated top to bottom, left to right, lazily
	trace := func(v int) int { fmt.Print("eval ", v, "; "); return v }
	switch 2 {
	case trace(1), trace(2), trace(3):
		fmt.Println("hit")
	case trace(4):
		fmt.Println("no")
	}
	switch x := 3; x {
	default:
		fmt.Println("default first")
	case 4:
		fmt.Println("four")
	}
}
