package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100))
	i := 7
	fmt.Println(float64(i)/2, i/2)
	fmt.Println(float64(1<<53), float64(-5))
	fv := 200.7
	var u8 uint8 = uint8(fv)
	fmt.Println(u8)
	g := 2.5
	fmt.Println(int(g), int(-g), int(g+0.5))
	x := 10
	y := 4
	fmt.Println(float64(x)/float64(y), float64(x/y))
	var big float64 = 1e18
	fmt.Println(int64(big), uint64(big))
	var h = 0.1
	fmt.Println(int(h*30), h*30)
}
