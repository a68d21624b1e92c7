package main

import (
	"fmt"
	"strconv"
)

func main() {
	ints := []struct {
		s    string
		base int
		bits int
	}{
		{"123", 10, 64}, {"-80", 16, 64}, {"ff", 16, 64}, {"0x1f", 0, 64}, {"0b101", 0, 64},
		{"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"128", 10, 8}, {"-129", 10, 8},
		{"zz", 36, 64}, {"12a", 10, 64}, {"", 10, 64}, {"9223372036854775808", 10, 64},
	}
	for _, c := range ints {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(n, err)
	}
	for _, s := range []string{"3.14", "-0.5", "1e10", "1E-3", "inf", "-Inf", "NaN", "abc", "1e400", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	for _, s := range []string{"true", "false", "1", "0", "T", "F", "TRUE", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	_, err := strconv.ParseInt("999", 10, 8)
	fmt.Println(err.Error())
}
