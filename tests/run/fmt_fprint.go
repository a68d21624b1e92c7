package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprint(os.Stdout, "a", 1, 2, "\n")
	fmt.Fprint(os.Stderr, "b", 3, 4, "\n")
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 5)
	fmt.Fprintf(os.Stderr, "%s=%d\n", "y", 6)
	n, err := fmt.Fprintln(os.Stderr, "counted")
	fmt.Println(n, err)
	w := os.Stdout
	fmt.Fprintln(w, "via variable")
}
