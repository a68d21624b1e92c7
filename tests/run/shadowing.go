package main

import "fmt"

var x = "package"

func show() { fmt.Println("show sees", x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	show()
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
	len := 3
	fmt.Println(len * 2)
	{
		true := false
		fmt.Println(true)
	}
	nil := "not nil"
	fmt.Println(nil)
	type int struct{ v string }
	i := int{"custom int"}
	fmt.Println(i.v)
	fmt := "fmt shadowed"
	_ = fmt
	println2(fmt)
}

func println2(s string) {
	fmt.Println(s)
	string := 5
	fmt.Println(string + 1)
	append := func(a, b float64) float64 { return a * b }
	fmt.Println(append(2, 3.5))
}
