package main

func main() {
	var n int = 2.5
	_ = n
}
