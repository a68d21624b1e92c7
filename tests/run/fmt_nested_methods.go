package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return "PtrStr!" }

type Exported struct {
	C   Color
	Err error
	P   PtrStr
	PP  *PtrStr
}

type unexported struct {
	c Color // fmt cannot call methods through unexported fields
	C Color
}

func main() {
	e := Exported{C: 1, Err: errors.New("bad"), P: PtrStr{1}, PP: &PtrStr{2}}
	fmt.Println(e)
	fmt.Printf("%+v\n", e)
	fmt.Println(unexported{1, 1})
	fmt.Println([]error{errors.New("x"), nil})
	fmt.Println(map[string]Color{"a": 0, "b": 1})
	fmt.Println([]*PtrStr{{3}})
	fmt.Println([2]Color{1, 0})
	fmt.Printf("%d %v %s\n", Color(1), Color(1), Color(0))
	fmt.Printf("%v %d\n", []Color{0, 1}, []Color{0, 1})
}
