// Error handling: sentinel errors, custom error types, wrapping with %w and
// inspecting chains with errors.Is and errors.As.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

// A sentinel error compared with errors.Is.
var ErrNotFound = errors.New("not found")

// A custom error type carrying extra data, found with errors.As.
type ValidationError struct {
	Field string
	Value string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %q", e.Field, e.Value)
}

var users = map[int]string{1: "alice", 2: "bob"}

func findUser(idText string) (string, error) {
	id, err := strconv.Atoi(idText)
	if err != nil {
		// Wrap the custom error so callers get context and the details.
		return "", fmt.Errorf("findUser: %w", &ValidationError{"id", idText})
	}
	name, ok := users[id]
	if !ok {
		return "", fmt.Errorf("findUser(%d): %w", id, ErrNotFound)
	}
	return name, nil
}

func handle(request string) {
	name, err := findUser(request)
	var ve *ValidationError
	switch {
	case err == nil:
		fmt.Printf("%-5s -> found %s\n", request, name)
	case errors.Is(err, ErrNotFound):
		fmt.Printf("%-5s -> 404: %v\n", request, err)
	case errors.As(err, &ve):
		fmt.Printf("%-5s -> 400: field=%s (%v)\n", request, ve.Field, err)
	default:
		fmt.Printf("%-5s -> 500: %v\n", request, err)
	}
}

func main() {
	for _, r := range []string{"1", "2", "3", "abc"} {
		handle(r)
	}
	// Unwrapping step by step.
	_, err := findUser("42")
	for depth, e := 0, err; e != nil; depth, e = depth+1, errors.Unwrap(e) {
		fmt.Printf("  depth %d: %v\n", depth, e)
	}
}
