// context.Background and context.TODO: never canceled, no deadline, no values,
// a nil Done channel; they print as their names.
package main

import (
	"context"
	"fmt"
)

func main() {
	for _, ctx := range []context.Context{context.Background(), context.TODO()} {
		fmt.Println(ctx)
		_, ok := ctx.Deadline()
		fmt.Println("deadline set:", ok, "err:", ctx.Err(), "done nil:", ctx.Done() == nil, "value:", ctx.Value("k"))
	}
	select {
	case <-context.Background().Done():
		fmt.Println("impossible")
	default:
		fmt.Println("background is never done")
	}
	fmt.Println(context.Canceled)
	fmt.Println(context.DeadlineExceeded)
	fmt.Println(context.Canceled == context.Canceled, context.Canceled != context.DeadlineExceeded)
}
