package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e-7, 123456.789, math.Inf(1), math.NaN()}
	for _, v := range vals {
		fmt.Println(
			strconv.FormatFloat(v, 'f', -1, 64),
			strconv.FormatFloat(v, 'f', 2, 64),
			strconv.FormatFloat(v, 'e', 3, 64),
			strconv.FormatFloat(v, 'g', -1, 64),
			strconv.FormatFloat(v, 'G', 4, 64),
		)
	}
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', 5, 64), strconv.FormatFloat(100, 'e', -1, 64))
}
