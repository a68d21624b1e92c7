package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	fmt.Println(^0, ^5, ^-1)
	var u8 uint8 = 0x0f
	fmt.Println(^u8, u8&^0x03, u8|0xf0, u8^0xff)
	var u32 uint32 = 0xdeadbeef
	fmt.Printf("%x %x %x\n", u32&0xffff, u32>>16, ^u32)
	x := 0xff
	x &= 0x0f
	fmt.Println(x)
	x |= 0x100
	fmt.Println(x)
	x ^= 0x101
	fmt.Println(x)
	x &^= 0x4
	fmt.Println(x)
	var i8 int8 = -1
	fmt.Println(i8&0x7f, i8^1, ^i8)
	// popcount
	n, count := uint64(0xf0f0), 0
	for n != 0 {
		count += int(n & 1)
		n >>= 1
	}
	fmt.Println("bits:", count)
}
