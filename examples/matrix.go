// Matrix multiplication with slices of slices, plus transposition and an
// identity check.
package main

import (
	"fmt"
	"strings"
)

type Matrix [][]int

func New(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]int, cols)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	if len(a[0]) != len(b) {
		panic("dimension mismatch")
	}
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			sum := 0
			for k := range b {
				sum += a[i][k] * b[k][j]
			}
			out[i][j] = sum
		}
	}
	return out
}

func (a Matrix) Transpose() Matrix {
	t := New(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (a Matrix) String() string {
	var b strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(fmt.Sprintf("%4d", v))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print("A =\n", a)
	fmt.Print("B =\n", b)
	fmt.Print("A x B =\n", a.Mul(b))
	fmt.Print("B x A =\n", b.Mul(a))
	fmt.Print("A^T =\n", a.Transpose())
	fmt.Println("A x I == A:", a.Mul(Identity(3)).String() == a.String())
	// Fibonacci numbers by repeated squaring of [[1 1] [1 0]].
	f := Matrix{{1, 1}, {1, 0}}
	r := Identity(2)
	for n := 30; n > 0; n /= 2 {
		if n%2 == 1 {
			r = r.Mul(f)
		}
		f = f.Mul(f)
	}
	fmt.Println("fib(30) =", r[0][1])
}
