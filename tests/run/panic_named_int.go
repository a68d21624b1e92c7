package main

type Level int

func main() {
	panic(Level(-3))
}
