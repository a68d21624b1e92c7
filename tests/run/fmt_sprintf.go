package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func main() {
	items := []Item{{"apple", 0.5, 12}, {"watermelon", 3.25, 1}, {"kiwi", 0.2, 100}}
	fmt.Println(strings.Repeat("=", 32))
	fmt.Printf("%-12s %8s %5s\n", "NAME", "PRICE", "QTY")
	total := 0.0
	for _, it := range items {
		line := fmt.Sprintf("%-12s %8.2f %5d", it.Name, it.Price, it.Qty)
		fmt.Println(line)
		total += it.Price * float64(it.Qty)
	}
	fmt.Printf("%-12s %8.2f\n", "TOTAL", total)
	s := fmt.Sprint("a", 1, 2.5, true)
	fmt.Println(s)
	s = fmt.Sprintln("line", 3)
	fmt.Print(s)
	id := fmt.Sprintf("%s-%03d-%x", "ID", 7, 255)
	fmt.Println(id)
	fmt.Println(fmt.Sprintf("%s %q %x", "go", "go", "go"))
	fmt.Println(fmt.Sprintf("%v%%", 50))
	fmt.Println(len(fmt.Sprintf("%10d", 1)))
}
