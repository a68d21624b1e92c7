package main

import "fmt"

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid field " + e.Field }

func main() {
	var err error = &ValidationError{"age"}
	fmt.Println("validating")
	panic(err)
}
