package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, 0.5, 1, 2, 3.7, -2.2, 10, 100, 1e-5, math.Pi, -0.0}
	for _, x := range xs {
		fmt.Println(x, math.Sqrt(x), math.Exp(x), math.Log(x), math.Log2(x), math.Log10(x), math.Sin(x), math.Cos(x), math.Tan(x))
		fmt.Println(math.Atan(x), math.Asin(x/4), math.Acos(x/4), math.Sinh(x), math.Cosh(x), math.Tanh(x), math.Cbrt(x), math.Log1p(x), math.Expm1(x), math.Exp2(x))
		fmt.Println(math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x), math.Mod(x, 0.3), math.Remainder(x, 0.3))
		fmt.Println(math.Pow(x, 2.5), math.Pow(x, -3), math.Pow(-x, 3), math.Hypot(x, 3), math.Atan2(x, -1), math.Max(x, 1), math.Min(x, 1), math.Dim(x, 1))
	}
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(1, 0))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32, math.MaxInt16, math.MaxInt8, math.MaxUint8, math.MaxUint16, math.MaxUint32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.Pi, math.E, math.Sqrt2, math.MaxInt, math.MinInt, uint64(math.MaxUint64))
	fr, ex := math.Frexp(12.5)
	ip, fp := math.Modf(-3.75)
	fmt.Println(fr, ex, math.Ldexp(0.78125, 4), ip, fp, math.Copysign(3, -1), math.Signbit(-0.0), math.Float64bits(1.5), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Pow10(5), math.Pow10(-3), math.Nextafter(1, 2), math.Float32bits(1.5), math.Float32frombits(0x3fc00000))
	fmt.Printf("%.4f %.10f %v\n", math.Sqrt(2), math.Pi, math.Pow(2, 0.5))
	fmt.Println(math.Sin(1e10), math.Cos(1e22), math.Exp(709), math.Exp(-745.1), math.Log(1e-310))
}
