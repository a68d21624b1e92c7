package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%#X|%08x|%o|%#o|%O|%b|%#b\n", n, n, n, n, n, n, n, n, n, n)
	m := -42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%o|%b\n", m, m, m, m, m, m, m, m, m)
	fmt.Printf("%c|%c|%c|%q|%q|%U|%#U\n", 65, 'é', 0x4e16, 'x', '\n', 'A', '世')
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	var u8 uint8 = 200
	var i8 int8 = -5
	fmt.Printf("%d %x %b %d %x\n", u8, u8, u8, i8, i8)
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%d %x %X\n", u64, u64, u64)
	fmt.Printf("%v %v\n", int64(-9223372036854775808), uint(7))
	fmt.Printf("%6.3d|%.0d|%.0d|\n", 7, 0, 1)
	fmt.Printf("%*d|%-*d|\n", 6, 12, 4, 3)
	fmt.Printf("%x %X\n", []int{10, 255}, [2]uint8{1, 171})
	fmt.Printf("%d\n", []int{1, 2, 3})
	fmt.Printf("%q\n", 0x1F600)
	fmt.Printf("%+q\n", 'é')
	fmt.Printf("%08b\n", 5)
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("100%%\n")
}
