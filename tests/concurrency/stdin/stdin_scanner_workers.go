// bufio.Scanner reads lines from stdin in main; workers parse them
// concurrently; per-line results are stored by line number.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

type line struct {
	n    int
	text string
}

func main() {
	lines := make(chan line)
	sums := make(map[int]int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range lines {
				s := 0
				for _, f := range strings.Fields(l.text) {
					v, err := strconv.Atoi(f)
					if err != nil {
						continue
					}
					s += v
				}
				mu.Lock()
				sums[l.n] = s
				mu.Unlock()
			}
		}()
	}
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		lines <- line{n, sc.Text()}
	}
	close(lines)
	wg.Wait()
	if err := sc.Err(); err != nil {
		fmt.Println("scan error:", err)
	}
	total := 0
	for i := 1; i <= n; i++ {
		fmt.Printf("line %d: %d\n", i, sums[i])
		total += sums[i]
	}
	fmt.Println("lines", n, "total", total)
}
