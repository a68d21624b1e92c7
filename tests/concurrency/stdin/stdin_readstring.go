// bufio.NewReader(os.Stdin).ReadString('\n') until io.EOF (the last line has
// no newline); words are counted by a goroutine fed through a channel.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	words := make(chan string, 4)
	counts := make(chan map[string]int)
	go func() {
		m := map[string]int{}
		for w := range words {
			m[strings.ToLower(w)]++
		}
		counts <- m
	}()
	nlines := 0
	for {
		s, err := r.ReadString('\n')
		if len(s) > 0 {
			nlines++
			fmt.Printf("%d %q\n", nlines, s)
			for _, w := range strings.Fields(s) {
				words <- w
			}
		}
		if err == io.EOF {
			fmt.Println("EOF")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
	}
	close(words)
	fmt.Println(<-counts)
}
