// context.WithDeadline: a deadline in the past is done at once; a child
// cannot extend its parent's deadline; Deadline reports the effective one.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	past := time.Now().Add(-time.Minute)
	ctx, cancel := context.WithDeadline(context.Background(), past)
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println("past deadline: done,", ctx.Err())
	default:
		fmt.Println("impossible")
	}

	soon := time.Now().Add(15 * time.Millisecond)
	parent, pcancel := context.WithDeadline(context.Background(), soon)
	defer pcancel()
	later := soon.Add(time.Hour)
	child, ccancel := context.WithDeadline(parent, later)
	defer ccancel()
	d, ok := child.Deadline()
	fmt.Println("child deadline is the parent's:", ok, d.Equal(soon))

	earlier := soon.Add(-5 * time.Millisecond)
	child2, c2cancel := context.WithDeadline(parent, earlier)
	defer c2cancel()
	d2, _ := child2.Deadline()
	fmt.Println("earlier child deadline kept:", d2.Equal(earlier))

	<-child.Done()
	<-child2.Done()
	fmt.Println("child:", child.Err(), "| parent:", parent.Err(), "| child2:", child2.Err())
	fmt.Println("deadline reached:", !time.Now().Before(soon))

	// WithTimeout is WithDeadline(now+d)
	tctx, tcancel := context.WithTimeout(parent, time.Hour)
	defer tcancel()
	td, _ := tctx.Deadline()
	fmt.Println("timeout child of expired parent:", tctx.Err(), td.Equal(soon))
}
