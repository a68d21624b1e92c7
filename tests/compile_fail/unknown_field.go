package main

type T struct{ A int }

func main() {
	t := T{}
	t.B = 1
}
