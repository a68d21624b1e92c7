package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8:", i8)
	i8 = -128
	i8--
	fmt.Println("int8:", i8)
	var i16 int16 = 32767
	i16 += 10
	fmt.Println("int16:", i16)
	var i32 int32 = 2147483647
	i32 *= 2
	fmt.Println("int32:", i32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64:", i64)
	var n int = 9223372036854775807
	n += 1
	fmt.Println("int:", n)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8:", u8)
	u8 = 0
	u8--
	fmt.Println("uint8:", u8)
	var u16 uint16 = 65535
	u16 += 2
	fmt.Println("uint16:", u16)
	var u32 uint32 = 0
	u32 -= 1
	fmt.Println("uint32:", u32)
	var u64 uint64 = 0
	u64--
	fmt.Println("uint64:", u64)
	var u uint = 0
	fmt.Println("uint:", u-1)
	var b byte = 200
	fmt.Println("byte:", b+b, b*3)
	var m8 int8 = -128
	fmt.Println("-(-128):", -m8, m8/-1, m8*-1)
	var m64 int64 = -9223372036854775808
	fmt.Println(m64/-1, m64%-1)
	x := int8(100)
	y := int8(100)
	fmt.Println(x+y, x*y, int16(x)*int16(y))
}
