// context.WithTimeout: Done closes after the timeout and Err becomes
// context.DeadlineExceeded; canceling early gives context.Canceled instead.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context) error {
	select {
	case <-time.After(time.Second):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	err := slowOp(ctx)
	fmt.Println("slow op:", err)
	fmt.Println("is DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded))
	fmt.Println("ctx.Err:", ctx.Err())
	dl, ok := ctx.Deadline()
	fmt.Println("had deadline:", ok, "deadline passed:", !time.Now().Before(dl))

	// fast operation finishes before a generous timeout
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Second)
	res := make(chan int, 1)
	go func() { res <- 42 }()
	select {
	case v := <-res:
		fmt.Println("fast result", v, "ctx err:", ctx2.Err())
	case <-ctx2.Done():
		fmt.Println("impossible")
	}
	cancel2()
	fmt.Println("after cancel:", ctx2.Err())

	// a zero or negative timeout is already expired
	ctx3, cancel3 := context.WithTimeout(context.Background(), -time.Second)
	defer cancel3()
	<-ctx3.Done()
	fmt.Println("negative timeout:", ctx3.Err())
}
