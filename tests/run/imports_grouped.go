package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 3))
	fmt.Println(strconv.Itoa(123) + "!")
	fmt.Println(math.Sqrt(16))
}
