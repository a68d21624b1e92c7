// Fan-out: several goroutines read one input channel. Fan-in: their outputs
// are merged into one channel, closed when all of them are done.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func upper(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			b := []byte(w)
			for i, c := range b {
				if c >= 'a' && c <= 'z' {
					b[i] = c - 32
				}
			}
			out <- string(b)
		}
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := gen("go", "chan", "select", "mutex", "wait", "group", "once", "cond")
	var workers []<-chan string
	for i := 0; i < 3; i++ {
		workers = append(workers, upper(in))
	}
	var all []string
	for w := range merge(workers...) {
		all = append(all, w)
	}
	sort.Strings(all)
	fmt.Println(len(all), all)
}
