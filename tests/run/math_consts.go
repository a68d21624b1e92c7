package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt, math.MinInt)
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxInt32, -math.MaxInt32-1, int32(math.MaxInt32))
	fmt.Println(math.MaxFloat64, -math.MaxFloat64)
	fmt.Println(math.Pi, math.E)
	fmt.Printf("%.10f %.10f\n", math.Pi, math.E)
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Println(math.IsInf(inf, 1), math.IsInf(inf, -1), math.IsInf(ninf, 0), math.IsInf(1e308, 0))
	fmt.Println(math.IsNaN(nan), math.IsNaN(1), nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(inf+1 == inf, inf-inf, -inf, 1/inf)
	big := math.MaxFloat64
	fmt.Println(big*2, -big*2)
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero)
	m := math.MaxInt64
	m++
	fmt.Println(m == math.MinInt64)
	fmt.Printf("%T %T\n", math.Pi, math.MaxInt32)
}
