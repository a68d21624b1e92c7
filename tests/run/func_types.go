package main

import "fmt"

type BinOp func(int, int) int

type Op struct {
	name string
	fn   BinOp
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func add(a, b int) int { return a + b }

func (op BinOp) Twice(a, b int) int { return op(op(a, b), b) }

func main() {
	ops := []Op{
		{"add", add},
		{"sub", func(a, b int) int { return a - b }},
		{"mul", func(a, b int) int { return a * b }},
	}
	for _, op := range ops {
		fmt.Println(op.name, op.fn(7, 3), op.fn.Twice(7, 3))
	}
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5))
	fmt.Println(mapInts([]int{1, 2, 3}, double))
	var nilFn func()
	fmt.Println(nilFn == nil)
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", compose)
	func() { fmt.Println("immediately invoked") }()
	r := func(a, b int) (int, int) { return b, a }
	fmt.Println(r(1, 2))
}
