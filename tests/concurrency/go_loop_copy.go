// Goroutines started in loops get their own copy of the loop variable
// (`i := i` or an argument), so this behaves the same in Go 1.19 and 1.22.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make([]int, 5)
	for i := 0; i < 5; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(out)

	words := []string{"alpha", "beta", "gamma"}
	lens := make([]int, len(words))
	for idx, w := range words {
		wg.Add(1)
		go func(idx int, w string) {
			defer wg.Done()
			lens[idx] = len(w)
		}(idx, w)
	}
	wg.Wait()
	fmt.Println(lens)

	ch := make(chan string, len(words))
	for _, w := range words {
		w := w
		go func() { ch <- w + "!" }()
	}
	got := map[string]bool{}
	for range words {
		got[<-ch] = true
	}
	fmt.Println(got)
}
