package main

func f(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1:
		return "one"
	}
}

func main() {
	_ = f(0)
}
