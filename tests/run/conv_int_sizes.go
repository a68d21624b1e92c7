package main

import "fmt"

func main() {
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y), uint(y))
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), int16(big), uint8(big))
	var u uint64 = 18446744073709551615
	fmt.Println(int64(u), int32(u), int8(u))
	var b byte = 250
	fmt.Println(int8(b), int(b)+10, b+10)
	var i8 int8 = -100
	fmt.Println(uint8(i8), int64(i8), uint32(i8))
	r := 'é'
	fmt.Println(r, byte(r), int32(r))
	var h uint16 = 0xabcd
	fmt.Println(uint8(h), uint8(h>>8))
	type MyInt int
	m := MyInt(5)
	fmt.Println(int(m)+1, m*2)
}
