package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("about to exit")
	os.Exit(3)
	fmt.Println("unreachable")
}
