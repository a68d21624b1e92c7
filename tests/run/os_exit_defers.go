package main

import (
	"fmt"
	"os"
)

func finish(code int) {
	defer fmt.Println("deferred in finish: must not print")
	fmt.Println("finishing with", code)
	os.Exit(code)
}

func main() {
	defer fmt.Println("deferred in main: must not print")
	fmt.Fprintln(os.Stderr, "error: something failed")
	finish(4)
}
