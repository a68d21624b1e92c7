package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("[%s][%10s][%-10s][%.2s][%5.1s]\n", s, s, s, s, s)
	fmt.Printf("[%q][%+q][%#q][%q]\n", s, s, "back`tick", "tab\there\x00")
	fmt.Printf("[%x][%X][% x][%#x]\n", "hi!", "hi!", "hi!", "hi!")
	b := []byte("bytes")
	fmt.Printf("[%s][%q][%x][%v][%d]\n", b, b, b, b, b)
	fmt.Printf("[%s]\n", []string{"a", "b"})
	fmt.Printf("[%q]\n", []string{"a", "b c"})
	fmt.Printf("[%v][%s]\n", 'x', string('x'))
	fmt.Printf("[%05s][%-05s]\n", "ab", "ab")
	fmt.Printf("[%.0s][%.10s]\n", "abc", "abc")
	fmt.Printf("[%q]\n", "日本\u2028")
	fmt.Printf("[%+q]\n", "日本")
	fmt.Printf("[%x]\n", "")
	fmt.Printf("[%8q]\n", "q")
	fmt.Printf("[%c%c%c]\n", 'G', 'o', '!')
	fmt.Printf("[%s]\n", "invalid \xff byte")
	fmt.Printf("[%q]\n", "invalid \xff byte")
}
