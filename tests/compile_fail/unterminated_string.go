package main

func main() {
	s := "no end
	_ = s
}
