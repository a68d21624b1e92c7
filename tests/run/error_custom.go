package main

import (
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return "line " + strconv.Itoa(e.Line) + ": " + e.Msg
}

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func parse(lines []string) (int, error) {
	sum := 0
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			return 0, &ParseError{i + 1, "bad number " + strconv.Quote(l)}
		}
		sum += n
	}
	return sum, nil
}

func check(n int) error {
	if n < 0 {
		return Code(n)
	}
	return nil
}

func main() {
	fmt.Println(parse([]string{"1", "2", "3"}))
	_, err := parse([]string{"1", "x2"})
	fmt.Println(err)
	if pe, ok := err.(*ParseError); ok {
		fmt.Println(pe.Line, pe.Msg)
	}
	fmt.Println(check(5), check(-3))
	fmt.Printf("%v|%s|%d\n", check(-1), check(-1), check(-1))
	errs := []error{Code(1), &ParseError{2, "x"}, nil}
	fmt.Println(errs)
	fmt.Printf("%v\n", errs[1])
}
