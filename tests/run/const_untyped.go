package main

import "fmt"

const big = 1 << 100
const small = big >> 98
const f = 1.5
const ratio = 7 / 2
const fratio = 7 / 2.0
const r = 'a' + 1
const s = "con" + "cat"
const huge = big * big / big / big

func main() {
	fmt.Println(small)
	fmt.Println(f * 2)
	fmt.Println(ratio, fratio)
	fmt.Println(r, string(rune(r)))
	fmt.Println(s, len(s))
	fmt.Println(huge)
	var i int = f * 4
	var x float64 = 3
	var b byte = 'z'
	fmt.Println(i, x, b)
	fmt.Printf("%T %T %T %T\n", ratio, fratio, r, s)
	const c = 10
	var u8 uint8 = c * 25
	fmt.Println(u8)
	fmt.Println(1<<62, -1<<63)
	fmt.Println(big / (1 << 90))
}
