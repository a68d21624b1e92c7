package main

func main() {
	x := var y = 1
}
