package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0x110000} {
		fmt.Print(utf8.RuneLen(r), " ")
	}
	fmt.Println()
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c:%d ", i, r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r, size, r == utf8.RuneError)
	fmt.Println(utf8.RuneCountInString("a\xffb"), utf8.RuneCountInString(""))
	fmt.Println(utf8.RuneError, string(utf8.RuneError))
}
