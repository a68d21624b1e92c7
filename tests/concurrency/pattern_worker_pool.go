// Worker pool: W workers take jobs from a buffered channel and send results;
// results carry the job index so the output order is fixed.
package main

import (
	"fmt"
	"sync"
)

type result struct {
	job, value, worker int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	const workers, jobsN = 4, 30
	jobs := make(chan int, 8)
	results := make(chan result, 8)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{j, collatz(j), w}
			}
		}(w)
	}
	go func() {
		for j := 1; j <= jobsN; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	steps := make([]int, jobsN+1)
	perWorker := make([]int, workers)
	for r := range results {
		steps[r.job] = r.value
		perWorker[r.worker]++
	}
	fmt.Println(steps[1:])
	total := 0
	for _, c := range perWorker {
		total += c
	}
	fmt.Println("jobs done", total)
}
