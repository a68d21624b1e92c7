package main

func main() {
	x := 5 @ 3
	_ = x
}
