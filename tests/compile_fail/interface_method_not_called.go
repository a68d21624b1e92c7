package main

import "fmt"

type S interface{ String() string }

func main() {
	var s S
	fmt.Println(s.Missing())
}
