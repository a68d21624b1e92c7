package main

func sum(xs ...int) int { return len(xs) }

func main() {
	_ = sum(1, []int{2, 3}...)
}
