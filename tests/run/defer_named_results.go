package main

import (
	"errors"
	"fmt"
)

func double() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func tripleReturn() (n int) {
	defer func() { n++ }()
	n = 5
	return n * 3
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = errors.New("wrapped(" + err.Error() + ")")
		}
	}()
	return errors.New("base")
}

func main() {
	fmt.Println(double())
	fmt.Println(tripleReturn())
	fmt.Println(unnamed())
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(wrapErr())
}
