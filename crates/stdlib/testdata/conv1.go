package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 16), strconv.FormatInt(-8, 2), strconv.FormatUint(1<<63, 36))
	for _, s := range []string{"42", "-17", "abc", "", "99999999999999999999", "0x1f", " 5"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0x1f", 0, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"1_000", 0, 64}, {"12", 1, 64}, {"12", 10, 65}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(v, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "NaN", "1e400", "abc", "0x1p-2", "1_000.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1.0/3, 'g', -1, 64), strconv.FormatFloat(1e21, 'e', 3, 64), strconv.FormatFloat(2.5, 'f', -1, 32))
	fmt.Println(strconv.FormatFloat(math.Inf(1), 'f', 2, 64), strconv.FormatFloat(123456789, 'G', 4, 64), strconv.FormatFloat(0.000012, 'g', -1, 64))
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺\x00"), strconv.QuoteToASCII("☺ ok"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('\n'))
	fmt.Println(strconv.FormatBool(true), strconv.CanBackquote("a`b"), strconv.IsPrint('\u00ad'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(s, err)
	s, err = strconv.Unquote("'x'")
	fmt.Println(s, err)
	s, err = strconv.Unquote("`raw\\n`")
	fmt.Println(s, err)
	_, err = strconv.Unquote("bad")
	fmt.Println(err)
	_, err = strconv.Atoi("x")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	fmt.Printf("%v|%q\n", err, err)
	b := strconv.AppendInt([]byte("n="), -5, 10)
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b))
}
