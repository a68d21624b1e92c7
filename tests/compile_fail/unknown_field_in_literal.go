package main

type T struct{ A int }

func main() {
	_ = T{B: 1}
}
