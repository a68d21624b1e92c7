// context.WithValue: lookup walks up the chain; inner values shadow outer ones;
// keys compare by type and value, so a private key type avoids collisions.
package main

import (
	"context"
	"fmt"
)

type ctxKey string
type otherKey string

type reqInfo struct {
	id   int
	user string
}

func handle(ctx context.Context) string {
	info, ok := ctx.Value(ctxKey("req")).(reqInfo)
	if !ok {
		return "no request info"
	}
	return fmt.Sprintf("request %d by %s", info.id, info.user)
}

func main() {
	base := context.Background()
	ctx := context.WithValue(base, ctxKey("user"), "alice")
	ctx = context.WithValue(ctx, ctxKey("role"), "admin")
	inner := context.WithValue(ctx, ctxKey("user"), "bob")

	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value(ctxKey("role")))
	fmt.Println(inner.Value(ctxKey("user")), inner.Value(ctxKey("role")))
	fmt.Println("missing:", inner.Value(ctxKey("nope")))
	fmt.Println("same string, other type:", inner.Value(otherKey("user")), inner.Value("user"))

	fmt.Println(handle(ctx))
	fmt.Println(handle(context.WithValue(ctx, ctxKey("req"), reqInfo{7, "carol"})))

	// values survive cancellation wrappers, and are visible in goroutines
	cctx, cancel := context.WithCancel(inner)
	out := make(chan string)
	go func(ctx context.Context) {
		out <- fmt.Sprint(ctx.Value(ctxKey("user")), " ", ctx.Value(ctxKey("role")))
	}(cctx)
	fmt.Println(<-out)
	cancel()
	fmt.Println("after cancel:", cctx.Value(ctxKey("user")), cctx.Err())

	type intKey int
	k := context.WithValue(base, intKey(1), 100)
	fmt.Println(k.Value(intKey(1)), k.Value(1), k.Value(intKey(2)))
}
