package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Temp float64

type Err struct{ Code int }

func (e *Err) Error() string { return fmt.Sprintf("err %d", e.Code) }

type Inner struct {
	A int
	b string
}

type Outer struct {
	Inner
	P    *Point
	L    []int
	M    map[string]int
	I    any
	E    error
	priv Point
}

type Boom struct{}

func (Boom) String() string { panic("boom") }

type NilS struct{ x int }

func (n *NilS) String() string { return fmt.Sprint("x=", n.x) }

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return "?"
}

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p, []Point{p, {3, 4}})
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%d %s %q\n", p, p, p)
	var t Temp = 36.6
	fmt.Println(t)
	fmt.Printf("%v %.2f %T\n", t, t, t)
	e := &Err{7}
	fmt.Println(e)
	var err error = e
	fmt.Printf("%v %s %d\n", err, err, e.Code)
	o := Outer{Inner{1, "x"}, &p, []int{1, 2}, map[string]int{"z": 1, "a": 2}, 3.5, e, Point{5, 6}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(Boom{})
	fmt.Printf("[%5v] [%-5v]\n", Boom{}, p)
	var ns *NilS
	fmt.Println(ns)
	fmt.Println(Red, Green, Color(5), []Color{Green, Red})
	fmt.Printf("%d %v %x\n", Green, Green, Green)
	m := map[Color]string{Green: "g", Red: "r"}
	fmt.Println(m)
	fmt.Printf("%08.3f|%-8d|%+d|%x|%X|%o|%b|%c|%U|%e|%g\n", 3.14159, 42, 42, 255, 255, 8, 5, 'A', 0x1F600, 1234.5678, 1e21)
	fmt.Printf("%s %10.3s| %q %v %x\n", "hello", "hello", "a\"b\n", []string{"a", "b"}, "hi")
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%!%d %z\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, 4))
	fmt.Print("x", 1, "\n")
	fmt.Print(1, 2, "\n")
	s := fmt.Sprintln("end", 1)
	fmt.Print(s)
	w := fmt.Errorf("wrap: %w", e)
	fmt.Println(w, errors.Unwrap(w) == e)
	var target *Err
	fmt.Println(errors.As(w, &target), target.Code)
	fmt.Println(errors.Is(w, e), errors.Is(w, errors.New("err 7")))
	fmt.Printf("%T %T\n", w, errors.New("x"))
	n, err2 := fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Println(n, err2)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 2)
	fmt.Printf("%v %v\n", [3]int{1, 2, 3}, [2]bool{true})
	var ip *int
	fmt.Println(ip == nil, []any{nil, 1, "a"}, map[string]any{"k": nil})
	fmt.Printf("%6.2f|%-8.3s|%+.1e\n", -1.5, "abcdef", 12345.678)
	fmt.Printf("%x %X % x\n", []byte("hi"), "hi", []byte{1, 2})
	fmt.Printf("%v %d\n", []byte("hi"), []byte("hi"))
	fmt.Printf("%q %q %v\n", 'x', []rune("hé"), 'x')
	fmt.Printf("%5t|%-7v|%3c|\n", false, true, 'z')
	fmt.Println(int8(-5), uint8(250), int64(-1)<<62, uint64(1)<<63, float32(0.1), 1e6, 1e21, 1e-7, 100000000.0)
	type anon struct {
		a, b int
	}
	fmt.Printf("%v %+v %#v\n", anon{1, 2}, anon{1, 2}, anon{1, 2})
	fmt.Printf("%v %#v\n", struct{}{}, []string(nil))
	fmt.Printf("%#v %#v %#v\n", map[string]int{"a": 1}, 42, "s")
}
