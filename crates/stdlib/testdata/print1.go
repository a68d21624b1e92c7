package main

type C int

func main() {
	println("a", 1, -2, 3.5, true, 'x', uint8(200), float32(1.25), C(4))
	print("x", 1, 2, "\n")
	println(1e100, -0.0, 1e-7)
	println()
	var m map[string]int
	println(m == nil)
}
