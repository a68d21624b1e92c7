// A goroutine that owns state (a bank account) and serves requests over
// channels; no locks needed because only the owner touches the state.
package main

import (
	"fmt"
	"sync"
)

type op struct {
	kind   string
	amount int
	reply  chan int
}

func account(ops <-chan op) {
	balance := 0
	for o := range ops {
		switch o.kind {
		case "deposit":
			balance += o.amount
			o.reply <- balance
		case "withdraw":
			if o.amount > balance {
				o.reply <- -1
				continue
			}
			balance -= o.amount
			o.reply <- balance
		case "balance":
			o.reply <- balance
		}
	}
}

func main() {
	ops := make(chan op)
	go account(ops)
	call := func(kind string, amount int) int {
		r := make(chan int)
		ops <- op{kind, amount, r}
		return <-r
	}
	fmt.Println(call("deposit", 100), call("withdraw", 30), call("withdraw", 500), call("balance", 0))

	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			call("deposit", 2)
			call("withdraw", 1)
		}()
	}
	wg.Wait()
	fmt.Println("final", call("balance", 0))
	close(ops)
}
