package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // never a nil interface!
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type T struct{}

func (t *T) Hello() string {
	if t == nil {
		return "nil receiver ok"
	}
	return "non-nil"
}

func main() {
	fmt.Println(mayFail(false) == nil, mayFail(true) == nil)
	fmt.Println(correct(false) == nil, correct(true) == nil)
	var e error
	fmt.Println(e == nil, e)
	var p *MyErr
	e = p
	fmt.Println(e == nil, e != nil)
	var t *T
	fmt.Println(t.Hello())
	var i interface{ Hello() string } = t
	fmt.Println(i.Hello(), i != nil)
	var x interface{}
	fmt.Println(x == nil, x)
	x = (*int)(nil)
	fmt.Println(x == nil)
	fmt.Println(errors.New("a") == errors.New("a"))
	var ee1, ee2 interface{} = 1, 1
	fmt.Println(ee1 == ee2)
}
