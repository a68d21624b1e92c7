package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

type Timeout struct{ Secs int }

func (e *Timeout) Error() string { return fmt.Sprintf("timeout after %ds", e.Secs) }
func (e *Timeout) Is(target error) bool {
	t, ok := target.(*Timeout)
	return ok && t.Secs == 0 // a zero Timeout matches any timeout
}

func fetch(i int) error {
	switch i {
	case 0:
		return fmt.Errorf("fetch: %w", NotFound{"user"})
	case 1:
		return fmt.Errorf("fetch: %w", &Timeout{30})
	}
	return errors.New("plain")
}

func main() {
	for i := 0; i < 3; i++ {
		err := fetch(i)
		var nf NotFound
		var to *Timeout
		switch {
		case errors.As(err, &nf):
			fmt.Println("NotFound:", nf.Name, "|", err)
		case errors.As(err, &to):
			fmt.Println("Timeout:", to.Secs, "|", err)
		default:
			fmt.Println("other:", err)
		}
	}
	err := fetch(1)
	fmt.Println(errors.Is(err, &Timeout{}), errors.Is(err, &Timeout{5}))
	var target interface{ Error() string }
	fmt.Println(errors.As(err, &target), target)
}
