package main

const C = 1

func main() {
	p := &C
	_ = p
}
