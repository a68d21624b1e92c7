// A request handled by sub-tasks that share a context with a timeout: the
// fast sub-tasks finish, the one that would take an hour is cut off.
package main

import (
	"context"
	"fmt"
	"sort"
	"time"
)

type result struct {
	name string
	err  error
}

func task(ctx context.Context, name string, d time.Duration, out chan<- result) {
	select {
	case <-time.After(d):
		out <- result{name, nil}
	case <-ctx.Done():
		out <- result{name, ctx.Err()}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	out := make(chan result)
	tasks := map[string]time.Duration{"fast": 0, "instant": time.Nanosecond, "forever": time.Hour}
	for name, d := range tasks {
		go task(ctx, name, d, out)
	}
	var lines []string
	for range tasks {
		r := <-out
		lines = append(lines, fmt.Sprintf("%s: %v", r.name, r.err))
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
