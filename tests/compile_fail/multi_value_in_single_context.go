package main

import "strconv"

func main() {
	n := strconv.Atoi("1") + 1
	_ = n
}
