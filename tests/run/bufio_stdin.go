package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines, words := 0, 0
	var longest string
	for sc.Scan() {
		line := sc.Text()
		lines++
		words += len(strings.Fields(line))
		if len(line) > len(longest) {
			longest = line
		}
		if line == "STOP" {
			break
		}
	}
	fmt.Println(lines, words, longest, sc.Err())
	r := bufio.NewReader(os.Stdin)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	rest, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
}
