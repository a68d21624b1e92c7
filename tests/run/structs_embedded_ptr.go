package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type Logger struct {
	prefix string
}

func (l Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Counter
	Logger
	name string
}

type Inc interface{ Inc() }

func main() {
	shared := &Counter{}
	a := Service{shared, Logger{"[a] "}, "a"}
	b := Service{Counter: shared, Logger: Logger{"[b] "}, name: "b"}
	a.Inc()
	b.Inc()
	b.Inc()
	fmt.Println(a.Get(), b.Get(), shared.n, a.n)
	a.Log("hello")
	b.Log(fmt.Sprint("count=", b.Get()))
	var i Inc = a // Service has Inc via embedded *Counter
	i.Inc()
	fmt.Println(shared.Get())
	var _ Inc = &b
	type Wrapper struct{ Service }
	w := Wrapper{a}
	w.Inc()
	w.Log(w.name)
	fmt.Println(w.Get())
}
