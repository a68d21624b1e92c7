package main

func main() {
	const big = 1 << 64
	var n int = big
	_ = n
}
