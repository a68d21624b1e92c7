package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace("  \t hello world \n "))
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimLeft("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimRight("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "body"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go", ".rs"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimFunc("¡¡Hola!!", func(r rune) bool { return !unicode.IsLetter(r) }))
	fmt.Printf("%q\n", strings.TrimLeft("aaa", "a"))
	fmt.Printf("%q\n", strings.Trim("", "abc"))
	fmt.Printf("%q\n", strings.TrimSpace(""))
	// TrimLeft takes a cutset, TrimPrefix a literal prefix
	fmt.Printf("%q %q\n", strings.TrimLeft("abab-x", "ab"), strings.TrimPrefix("abab-x", "ab"))
}
