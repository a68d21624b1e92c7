package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsRune(s, 'z'), strings.ContainsRune(s, 'Z'))
	fmt.Println(strings.Count(s, "the"), strings.Count(s, "o"), strings.Count("five", ""))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasPrefix(s, "quick"), strings.HasSuffix(s, "dog"), strings.HasSuffix(s, ""))
	fmt.Println(strings.Index(s, "quick"), strings.Index(s, "cat"), strings.Index(s, ""))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexByte(s, 'Q'))
	fmt.Println(strings.LastIndex(s, "the"), strings.LastIndex(s, "o"), strings.LastIndex(s, "xx"))
	fmt.Println(strings.Index("héllo wörld", "w"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("Σ", "σ"))
}
