// String methods that spin until another goroutine acts (preempted inside fmt
// even with GOMAXPROCS=1), call runtime.Gosched, select with a timeout, start
// goroutines, or panic after blocking.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

var flag int32

type Spinner struct{}

func (Spinner) String() string {
	n := 0
	for atomic.LoadInt32(&flag) == 0 {
		n++
	}
	return "spun"
}

type Yielder int

func (y Yielder) String() string {
	for i := 0; i < int(y); i++ {
		runtime.Gosched()
	}
	return fmt.Sprint("yielded ", int(y))
}

type Timeout struct{ c chan int }

func (t Timeout) String() string {
	select {
	case v := <-t.c:
		return fmt.Sprint("got ", v)
	case <-time.After(20 * time.Millisecond):
		return "timed out"
	}
}

type Spawner int

func (s Spawner) String() string {
	c := make(chan int)
	for i := 0; i < int(s); i++ {
		go func(i int) { c <- i * i }(i)
	}
	sum := 0
	for i := 0; i < int(s); i++ {
		sum += <-c
	}
	return fmt.Sprint("sum of squares ", sum)
}

type Panicky struct{ c chan string }

func (p Panicky) String() string {
	panic(<-p.c)
}

func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		atomic.StoreInt32(&flag, 1)
	}()
	fmt.Println(Spinner{})
	fmt.Println(Yielder(5))
	fmt.Println(Timeout{make(chan int)})
	c := make(chan int, 1)
	c <- 7
	fmt.Println(Timeout{c})
	fmt.Println(Spawner(10))
	p := Panicky{make(chan string)}
	go func() { p.c <- "boom" }()
	fmt.Printf("%v|%s\n", p, Yielder(1))
	s := fmt.Sprintf("%d %v %v", 1, Spawner(3), Yielder(2))
	fmt.Println(s)
}
