package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b[:4])
	fmt.Println(r)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[len(r)-1] = '!'
	fmt.Println(string(r))
	fmt.Println(string([]byte{104, 105}), string([]rune{0x48, 0x49}))
	fmt.Println(string([]byte{}), len(string([]rune{})))
	var rs []rune
	for _, c := range "abc" {
		rs = append(rs, c-32)
	}
	fmt.Println(string(rs))
	bad := []byte{0xff, 'a', 0xc3}
	fmt.Println([]rune(string(bad)))
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD")
	var by byte = 'x'
	fmt.Println(string(by), string(rune(by)+1))
}
