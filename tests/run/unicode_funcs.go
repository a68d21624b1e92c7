package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 é世\t!_Ⅻ" {
		fmt.Printf("%q letter=%v digit=%v space=%v upper=%v lower=%v\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), string(unicode.ToUpper('1')))
	fmt.Println(unicode.ToUpper('a'), unicode.ToLower('A'), unicode.IsDigit('½'), unicode.IsDigit('٣'))
	fmt.Println(unicode.IsSpace('\u00a0'), unicode.IsSpace('\v'), unicode.IsLetter('ß'))
	count := map[string]int{}
	for _, r := range "Hello, World 2024!" {
		switch {
		case unicode.IsUpper(r):
			count["upper"]++
		case unicode.IsLower(r):
			count["lower"]++
		case unicode.IsDigit(r):
			count["digit"]++
		default:
			count["other"]++
		}
	}
	fmt.Println(count)
}
