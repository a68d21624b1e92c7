package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Println("move disk 3", from, "->", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func permutations(s []int, k int, out *[][]int) {
	if k == len(s) {
		*out = append(*out, append([]int(nil), s...))
		return
	}
	for i := k; i < len(s); i++ {
		s[k], s[i] = s[i], s[k]
		permutations(s, k+1, out)
		s[k], s[i] = s[i], s[k]
	}
}

func main() {
	fmt.Println(fact(20), fib(25))
	moves := 0
	hanoi(5, "A", "C", "B", &moves)
	fmt.Println("moves", moves)
	fmt.Println(ackermann(2, 3))
	var perms [][]int
	permutations([]int{1, 2, 3}, 0, &perms)
	fmt.Println(perms)
}
