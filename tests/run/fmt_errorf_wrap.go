package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func lookup(key string) error {
	if key == "" {
		return fmt.Errorf("lookup: empty key")
	}
	return fmt.Errorf("lookup %q: %w", key, ErrNotFound)
}

func main() {
	e1 := lookup("x")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Unwrap(e1) == ErrNotFound)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrNotFound))
	e3 := lookup("")
	fmt.Println(e3, errors.Unwrap(e3) == nil, errors.Is(e3, ErrNotFound))
	q := &QueryError{"SELECT", ErrNotFound}
	e4 := fmt.Errorf("db: %w", q)
	fmt.Println(e4)
	var qe *QueryError
	if errors.As(e4, &qe) {
		fmt.Println("as QueryError:", qe.Query)
	}
	fmt.Println(errors.Is(e4, ErrNotFound))
	e5 := fmt.Errorf("value %v not wrapped: %v", 1, ErrNotFound)
	fmt.Println(e5, errors.Is(e5, ErrNotFound))
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
}
