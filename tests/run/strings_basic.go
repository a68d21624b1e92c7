package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[7], string(s[7]))
	fmt.Println(s[:5], s[7:], s[3:8], s[:])
	t := s + "!"
	t += "?"
	fmt.Println(t)
	fmt.Println("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "abc" == "a"+"bc")
	raw := `raw\nstring "quoted"`
	fmt.Println(raw, len(raw))
	esc := "tab\there\nnewline \"q\" \\ \x41\u00e9\101"
	fmt.Println(esc)
	multi := `line1
line2`
	fmt.Println(multi)
	var empty string
	fmt.Println(empty == "", len(empty))
	u := "héllo"
	fmt.Println(len(u), u[1], u[2])
	b := s[0]
	b++
	fmt.Println(b, s[0])
	fmt.Printf("%q\n", s[5:7])
}
