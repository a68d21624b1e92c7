package main

import (
	"fmt"
	"strings"
)

func caesar(s string, shift int) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			r = 'a' + (r-'a'+rune(shift)+26)%26
		case r >= 'A' && r <= 'Z':
			r = 'A' + (r-'A'+rune(shift)+26)%26
		}
		b.WriteRune(r)
	}
	return b.String()
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var digits []byte
	for n > 0 {
		digits = append([]byte{byte('0' + n%10)}, digits...)
		n /= 10
	}
	return string(digits)
}

func main() {
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	fmt.Println(atoi("12345")+1, itoa(9876)+"!")
	var r rune = 'A'
	r += 2
	fmt.Println(r, string(r), r-'A', 'z'-'a'+1)
	b := byte('a')
	b -= 32
	fmt.Println(b, string(b), string(rune(b)+1))
	fmt.Printf("%c%c%c\n", 'G'+0, 'o', 'o'+3)
	fmt.Println('9'-'0', "x"[0]-'a')
}
