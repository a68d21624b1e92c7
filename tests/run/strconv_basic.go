package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(9223372036854775807))
	for _, s := range []string{"42", "-7", "+5", "007", "", "abc", "1.5", " 1", "99999999999999999999"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	fmt.Println(strconv.FormatInt(-9223372036854775808, 10))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.Quote("héllo\x01"), strconv.Quote(""))
}
