package main

import "fmt"

func main() {
	fmt.println("lowercase is unexported")
}
