// Map-reduce word count: one goroutine per chunk counts words into its own
// map; the partial maps are merged by main. fmt prints maps sorted by key.
package main

import (
	"fmt"
	"strings"
)

const text = `the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick dog and a lazy fox
go go gophers`

func count(lines []string, out chan<- map[string]int) {
	m := map[string]int{}
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			m[w]++
		}
	}
	out <- m
}

func main() {
	lines := strings.Split(text, "\n")
	out := make(chan map[string]int)
	for i := range lines {
		go count(lines[i:i+1], out)
	}
	total := map[string]int{}
	for range lines {
		for w, c := range <-out {
			total[w] += c
		}
	}
	fmt.Println(total)
	fmt.Println("distinct", len(total), "the", total["the"])
}
