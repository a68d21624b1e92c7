package main

import (
	"fmt"
	"math"
)

func main() {
	x := 3.14159265
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%08.2f|%+.1f\n", x, x, x, x, x, x)
	fmt.Printf("%e|%E|%.2e|%g|%G\n", x, x, x, x, x)
	big := 123456789.0
	fmt.Printf("%f|%e|%g|%.3g\n", big, big, big, big)
	small := 0.000012345
	fmt.Printf("%f|%e|%g|%.2g\n", small, small, small, small)
	fmt.Printf("%v|%v|%v|%v\n", 1e6, 1e21, 1e-7, 100.0)
	fmt.Printf("%g|%g|%g\n", 1e6, 1e21, 1e-7)
	fmt.Printf("%.0f|%.0f|%.0f|%.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.1f|%.1f|%.2f\n", 0.05, 0.15, 1.005)
	fmt.Printf("%f|%f|%f\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%v|%5.1f|%+v\n", math.Inf(1), math.NaN(), math.Inf(1))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("% .3f|%+.3e\n", 2.0, -1234.5)
	fmt.Printf("%g|%g\n", 0.1+0.2, float64(1)/3)
	var z float64
	fmt.Printf("%f|%g|%e\n", z, -z, z)
	fmt.Printf("%v\n", []float64{1, 2.5, 1e30})
	fmt.Printf("%.3v|%10.4v|\n", math.Pi, math.E)
}
