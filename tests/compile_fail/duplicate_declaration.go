package main

func main() {
	var x int
	var x string
	_ = x
}
