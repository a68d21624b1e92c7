package main

import "fmt"

var log []string

func init() {
	log = append(log, "first")
}

var v = setup()

func setup() int {
	log = append(log, "var v")
	return 7
}

func init() {
	log = append(log, "second")
}

func init() {
	log = append(log, fmt.Sprint("third sees v=", v))
}

func main() {
	for i, s := range log {
		fmt.Println(i, s)
	}
}
