package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("Code<%d>", int(c)) }

func main() {
	panic(Code(7))
}
