package main

func main() {
	var x int = 08
	_ = x
}
