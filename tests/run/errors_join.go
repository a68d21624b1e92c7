// expect: handwritten (Go 1.20 errors.Join; see tests/HANDWRITTEN.md)
package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("error A")
var ErrB = errors.New("error B")

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	w := fmt.Errorf("context: %w", j)
	fmt.Println(errors.Is(w, ErrB))
	fmt.Printf("%q\n", w.Error())
	fmt.Println(errors.Unwrap(j) == nil)
}
