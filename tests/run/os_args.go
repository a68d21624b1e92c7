package main

import (
	"fmt"
	"os"
)

func main() {
	// os.Args[0] is the program name; its value differs between
	// implementations, so only the count is printed.
	fmt.Println(len(os.Args))
	fmt.Println(len(os.Args[1:]), os.Args[1:])
	fmt.Fprintln(os.Stdout, "ok")
}
