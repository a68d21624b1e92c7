package main

import (
	"errors"
	"fmt"
	"strconv"
)

type T struct{ p *int }

func (t T) String() string { return strconv.Itoa(*t.p) }

type E struct{}

func (e *E) Error() string { return "E!" }

type List struct {
	v    int
	next *List
}

func (l *List) String() string {
	if l == nil {
		return "nil"
	}
	return fmt.Sprintf("%d->%v", l.v, l.next)
}

type Wrapper struct {
	Err error
}

type S string

func (s S) String() string { return "S:" + string(s) }

func main() {
	fmt.Println(T{})
	fmt.Printf("%v|%s|%d\n", T{}, T{}, T{})
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
		var e *E
		fmt.Println(e == nil)
		var err2 error = e
		fmt.Println(err2 == nil, err2)
		l := &List{1, &List{2, &List{3, nil}}}
		fmt.Println(l)
		fmt.Printf("%v %+v\n", Wrapper{errors.New("x")}, Wrapper{})
		fmt.Println([]S{"a", "b"}, map[S]S{"k": "v"}, [2]S{"x"})
		fmt.Printf("%x %q %v %d\n", S("hi"), S("hi"), S("hi"), []any{S("z"), 1})
		fmt.Println(fmt.Sprintf("%v", []error{errors.New("e1"), nil}))
		var ip *int
		fmt.Printf("%v %d\n", ip, []*int{nil})
		x := []int{1}
		i := 5
		fmt.Println(x[i])
	}()
	var arr []int
	_ = arr[3]
}
