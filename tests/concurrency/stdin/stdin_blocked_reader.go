// A goroutine blocks reading stdin while main keeps running: the read releases
// the goroutine's P (Go's entersyscallblock), so main runs even with
// GOMAXPROCS=1. (crates/cli/tests/syscalls.rs also runs it with a stdin pipe
// that stays open and silent.)
package main

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

func main() {
	got := make(chan string, 1)
	go func() {
		r := bufio.NewReader(os.Stdin)
		line, _ := r.ReadString('\n')
		got <- line
	}()
	for i := 1; i <= 3; i++ {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("main still runs", i)
	}
	select {
	case l := <-got:
		fmt.Printf("read %q\n", l)
	case <-time.After(2 * time.Second):
		fmt.Println("no input")
	}
}
