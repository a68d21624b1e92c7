// Batching: a collector groups items from a channel into batches of 4 and
// flushes the partial batch when the input is closed.
package main

import "fmt"

func batcher(in <-chan string, size int) <-chan []string {
	out := make(chan []string)
	go func() {
		defer close(out)
		var batch []string
		for s := range in {
			batch = append(batch, s)
			if len(batch) == size {
				out <- batch
				batch = nil
			}
		}
		if len(batch) > 0 {
			out <- batch
		}
	}()
	return out
}

func main() {
	in := make(chan string)
	go func() {
		for i := 0; i < 10; i++ {
			in <- fmt.Sprintf("item%d", i)
		}
		close(in)
	}()
	n := 0
	for b := range batcher(in, 4) {
		n++
		fmt.Println("batch", n, len(b), b)
	}
}
