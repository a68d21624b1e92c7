package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	fmt.Println(strings.ToUpper("Hello, Wörld!"), strings.ToLower("ÀBC Déf"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "programming language"))
	fmt.Println(strings.Map(unicode.ToUpper, "mixed Case 123"))
}
