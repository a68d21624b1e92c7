package main

func main() {
	for i, v, w := range []int{1} {
		_, _, _ = i, v, w
	}
}
