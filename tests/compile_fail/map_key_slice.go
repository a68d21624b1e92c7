package main

func main() {
	_ = map[[]int]string{}
}
