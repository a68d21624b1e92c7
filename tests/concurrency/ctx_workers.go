// Workers stop when their context is canceled; main cancels after collecting
// the results it needs, then waits for every worker to exit.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

func produce(ctx context.Context, id int, out chan<- int, wg *sync.WaitGroup, exits chan<- int) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case out <- id*1000 + i:
		case <-ctx.Done():
			exits <- id
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	exits := make(chan int, 4)
	var wg sync.WaitGroup
	for id := 1; id <= 4; id++ {
		wg.Add(1)
		go produce(ctx, id, out, &wg, exits)
	}
	got := 0
	for v := range out {
		_ = v
		got++
		if got == 100 {
			break
		}
	}
	cancel()
	wg.Wait()
	close(exits)
	var ids []int
	for id := range exits {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	fmt.Println("received", got, "workers exited", ids, "err", ctx.Err())
}
