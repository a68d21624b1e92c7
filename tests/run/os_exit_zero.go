package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	fmt.Print("no newline at end")
	os.Exit(0)
}
