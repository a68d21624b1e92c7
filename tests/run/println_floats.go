package main

func main() {
	// the builtin println uses its own float format: +d.dddddde+ddd
	println(3.5)
	println(-0.25, 100.0)
	println(1e100, 1.0/3.0)
	var z float64
	println(z)
	println(true, false)
}
