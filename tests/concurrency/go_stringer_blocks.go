// String() and Error() methods called by fmt block: on a channel, a mutex, a
// sleep. The goroutine parks inside fmt and resumes where it was.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Chan struct{ c chan string }

func (c Chan) String() string { return <-c.c }

type Locked struct {
	mu *sync.Mutex
	v  *int
}

func (l Locked) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return fmt.Sprint("locked:", *l.v)
}

type Sleepy int

func (s Sleepy) String() string {
	time.Sleep(time.Duration(s) * time.Millisecond)
	return fmt.Sprintf("slept %dms", int(s))
}

type E struct{ c chan int }

func (e E) Error() string { return fmt.Sprint("error #", <-e.c) }

func main() {
	c := Chan{make(chan string)}
	go func() {
		time.Sleep(10 * time.Millisecond)
		c.c <- "from goroutine"
	}()
	fmt.Println("value:", c)

	var mu sync.Mutex
	v := 1
	l := Locked{&mu, &v}
	mu.Lock()
	done := make(chan bool)
	go func() {
		fmt.Println(l)
		done <- true
	}()
	time.Sleep(5 * time.Millisecond)
	v = 2
	mu.Unlock()
	<-done

	var wg sync.WaitGroup
	out := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = fmt.Sprintf("[%v]", Sleepy(i*3))
		}(i)
	}
	wg.Wait()
	fmt.Println(out)

	e := E{make(chan int, 1)}
	e.c <- 42
	err := fmt.Errorf("wrapped: %w", e)
	fmt.Println(err)

}
