package main

import "fmt"

func countdown() {
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("arg", n) }(i)
	}
}

func cleanup(log *[]string) {
	names := []string{"db", "file", "socket"}
	for _, n := range names {
		name := n
		defer func() { *log = append(*log, "close "+name) }()
	}
	*log = append(*log, "work")
}

func main() {
	countdown()
	var log []string
	cleanup(&log)
	fmt.Println(log)
	total := 0
	func() {
		for i := 1; i <= 4; i++ {
			defer func(v int) { total += v * v }(i)
		}
	}()
	fmt.Println(total)
}
