package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(10, -2))
	fmt.Println(math.Abs(-3.2), math.Abs(4), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Round(0.49), math.Floor(3.99), math.Ceil(3.01))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7.5, 2))
	fmt.Println(math.Log(math.E), math.Log(1), math.Exp(0), math.Exp(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Sin(0))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(-0.0, 0), math.Min(math.Inf(-1), 0))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1))
	fmt.Println(math.Floor(1e300), math.Trunc(math.Inf(1)))
	x := 17.0
	fmt.Println(int(math.Sqrt(x)), math.Sqrt(x)*math.Sqrt(x) == x)
}
