package main

import "fmt"

func main() {
	x := 1
	for i := 0; i < 5; i++ {
		fmt.Print(x<<i, " ")
	}
	fmt.Println()
	var u8 uint8 = 0xff
	fmt.Println(u8<<1, u8>>3, u8<<8)
	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, i8<<1)
	var s uint = 70
	one := int64(1)
	fmt.Println(1<<s == 0, one<<63, uint64(1)<<63)
	fmt.Println(-16>>2, -1>>63, 1024>>11)
	var u32 uint32 = 1
	fmt.Println(u32<<31, u32<<32, u32<<33)
	n := 3
	fmt.Println(5<<n, 40>>n, uint8(1)<<n)
	var i64 int64 = -1
	fmt.Println(i64>>100, uint64(i64)>>60)
	y := 10
	y <<= 2
	fmt.Println(y)
	y >>= 3
	fmt.Println(y)
}
