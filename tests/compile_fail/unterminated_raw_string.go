package main

func main() {
	s := `raw string without an end
	_ = s
}
