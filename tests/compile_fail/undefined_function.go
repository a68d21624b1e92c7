package main

func main() {
	doesNotExist(1, 2)
}
