package main

import "fmt"

// Go stacks grow dynamically: deep (non-tail) recursion is fine.
func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

type node struct {
	next *node
	v    int
}

func sumList(n *node) int {
	if n == nil {
		return 0
	}
	return n.v + sumList(n.next)
}

func main() {
	fmt.Println(depth(100000))
	var head *node
	for i := 1; i <= 50000; i++ {
		head = &node{head, i}
	}
	fmt.Println(sumList(head))
}
