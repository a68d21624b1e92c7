package main

import (
	"errors"
	"fmt"
)

var (
	ErrEmpty   = errors.New("empty input")
	ErrTooLong = errors.New("too long")
)

func validate(s string) error {
	if s == "" {
		return ErrEmpty
	}
	if len(s) > 5 {
		return fmt.Errorf("validate %q: %w", s, ErrTooLong)
	}
	return nil
}

func main() {
	for _, in := range []string{"", "ok", "toolong"} {
		err := validate(in)
		switch {
		case err == nil:
			fmt.Println(in, "valid")
		case errors.Is(err, ErrEmpty):
			fmt.Println("empty:", err)
		case errors.Is(err, ErrTooLong):
			fmt.Println("long:", err, "| unwrapped:", errors.Unwrap(err))
		}
	}
	a := errors.New("same text")
	b := errors.New("same text")
	fmt.Println(a == b, errors.Is(a, b), errors.Is(a, a))
	fmt.Println(errors.Is(nil, ErrEmpty), errors.Is(nil, nil), errors.Unwrap(ErrEmpty) == nil)
	wrapped := fmt.Errorf("l3: %w", fmt.Errorf("l2: %w", fmt.Errorf("l1: %w", ErrEmpty)))
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Println(" -", e)
	}
}
