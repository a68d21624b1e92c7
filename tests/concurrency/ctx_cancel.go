// context.WithCancel: cancel closes Done, Err becomes context.Canceled;
// cancel is idempotent; goroutines watching Done stop.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, jobs <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-jobs:
			out <- j * 2
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("before:", ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("impossible")
	default:
		fmt.Println("not done yet")
	}

	jobs := make(chan int)
	out := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, out, &wg)
	}
	sum := 0
	for j := 1; j <= 10; j++ {
		jobs <- j
		sum += <-out
	}
	cancel()
	wg.Wait()
	fmt.Println("sum", sum)

	<-ctx.Done()
	fmt.Println("after:", ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cancel() // no-op
	fmt.Println("after second cancel:", ctx.Err())
	_, ok := ctx.Deadline()
	fmt.Println("deadline:", ok)

	// canceling a parent that is already canceled: child born canceled
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	fmt.Println("child of canceled parent:", child.Err())
}
