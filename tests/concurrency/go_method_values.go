// go with method values, method expressions, function values from a slice and
// variadic calls, and `go close(ch)`; results are collected through one
// channel and sorted.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type acc struct {
	name string
	out  chan string
}

func (a *acc) add(xs ...int) {
	s := 0
	for _, x := range xs {
		s += x
	}
	a.out <- fmt.Sprintf("%s:%d", a.name, s)
}

func (a acc) hello(who string) { a.out <- a.name + " hello " + who }

func main() {
	out := make(chan string, 10)
	a := &acc{name: "a", out: out}
	go a.add(1, 2, 3)
	nums := []int{10, 20}
	go a.add(nums...)
	m := a.hello
	go m("value")
	go (*acc).add(a)
	go acc.hello(acc{name: "b", out: out}, "expr")
	fs := []func(string){
		func(s string) { out <- "upper " + strings.ToUpper(s) },
		func(s string) { out <- "len " + fmt.Sprint(len(s)) },
	}
	for _, f := range fs {
		go f("gopher")
	}
	// builtins allowed in statement context may be used with go
	closed := make(chan bool)
	go close(closed)
	<-closed
	var got []string
	for i := 0; i < 7; i++ {
		got = append(got, <-out)
	}
	sort.Strings(got)
	for _, s := range got {
		fmt.Println(s)
	}
}
