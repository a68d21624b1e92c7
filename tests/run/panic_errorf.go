package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	err := fmt.Errorf("step %d: %w", 3, ErrBase)
	panic(err)
}
