// Cancellation propagates from a parent to all descendants, never upward or
// sideways. A tree:  root -> a -> (a1, a2),  root -> b -> b1.
package main

import (
	"context"
	"fmt"
)

func state(name string, ctx context.Context) string {
	select {
	case <-ctx.Done():
		return fmt.Sprintf("%s:%v", name, ctx.Err())
	default:
		return name + ":live"
	}
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	a2, cancelA2 := context.WithCancel(context.WithValue(a, "k", "v"))
	b, cancelB := context.WithCancel(root)
	b1, cancelB1 := context.WithCancel(b)
	defer cancelA1()
	defer cancelA2()
	defer cancelB1()
	all := func() {
		fmt.Println(state("root", root), state("a", a), state("a1", a1), state("a2", a2), state("b", b), state("b1", b1))
	}
	all()
	cancelA1() // leaf only
	all()
	cancelA() // a and its remaining child
	<-a2.Done()
	all()
	cancelB1()
	cancelRoot() // everything
	<-b.Done()
	all()
	cancelB()

	// goroutines waiting at every level all wake up from one cancel
	top, stop := context.WithCancel(context.Background())
	woke := make(chan int)
	ctx := top
	for depth := 1; depth <= 5; depth++ {
		var c context.CancelFunc
		ctx, c = context.WithCancel(ctx)
		defer c()
		go func(ctx context.Context, depth int) {
			<-ctx.Done()
			woke <- depth
		}(ctx, depth)
	}
	stop()
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-woke
	}
	fmt.Println("woken depths sum", sum)
}
