package main

import "fmt"

func main() {
	fmt.Println(0.1+0.2, 1.0, 3.0/2, 2.0/3)
	fmt.Println(1e20, 1e21, 123456789.0, 1e-4, 1e-5)
	fmt.Println(100000000000000000000.0, 0.000001)
	fmt.Println(-0.5, 1.5e300*1.5e300 > 1e308)
	var z float64
	fmt.Println(z, -z, 1/3.0)
	x := 1.0
	for i := 0; i < 5; i++ {
		x *= 10.5
		fmt.Print(x, " ")
	}
	fmt.Println()
	fmt.Println(float64(7)/3*3 == 7, 0.1*3 == 0.3)
	fmt.Println(2.5e-10, 6.02214076e23, 1.7976931348623157e308)
	fmt.Printf("%v %v %v\n", 1e6, 12345.678, 3.14159)
	fmt.Println(fmt.Sprint(0.25), fmt.Sprint(1e100))
	// constant arithmetic is exact; variable arithmetic is IEEE 754
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, 0.1+0.2 == 0.3)
	three := 3.0
	fmt.Println(a*three, three/7*7 == 3)
}
