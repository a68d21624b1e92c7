package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return 3.14 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * 3.14 * c.R }



type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) Walk(f func(int)) {
	if n == nil {
		return
	}
	n.Left.Walk(f)
	f(n.Val)
	n.Right.Walk(f)
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

var ErrNotFound = errors.New("not found")

func lookup(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	if k == "" {
		return 0, MyErr{400}
	}
	return 0, ErrNotFound
}

type Celsius float64
type Temp interface{ C() Celsius }

func (c Celsius) C() Celsius { return c }
func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func divmod(a, b int) (q, r int) {
	defer func() {
		if e := recover(); e != nil {
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func apply(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

type Counter struct {
	mu    struct{}
	count map[string]int
}

func NewCounter() *Counter { return &Counter{count: make(map[string]int)} }
func (c *Counter) Inc(k string) { c.count[k]++ }

type Pair struct {
	Key   string
	Value interface{}
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		switch v := s.(type) {
		case Rect:
			fmt.Println("rect", v.W)
		case *Circle:
			fmt.Println("circle", v.R)
		}
	}
	fmt.Printf("%.2f\n", total)
	var root *Node
	for _, v := range []int{5, 3, 8, 1} {
		root = root.Insert(v)
	}
	var out []string
	root.Walk(func(v int) { out = append(out, fmt.Sprint(v)) })
	fmt.Println(strings.Join(out, ","))
	m := map[string]int{"a": 1}
	if _, err := lookup(m, "b"); errors.Is(err, ErrNotFound) {
		fmt.Println("nf")
	}
	_, err := lookup(m, "")
	var me MyErr
	if errors.As(err, &me) {
		fmt.Println(me.Code)
	}
	var t Temp = Celsius(36.6)
	fmt.Println(t.C(), KB, MB, GB, Monday)
	a := Matrix{{1, 2}, {3, 4}}
	fmt.Println(a.Mul(a))
	fmt.Println(divmod(7, 0))
	f := apply(func(x int) int { return x + 1 }, func(x int) int { return x * 2 })
	fmt.Println(f(3))
	c := NewCounter()
	c.Inc("x")
	ps := []Pair{{"a", 1}, {"b", "two"}, {Key: "c"}}
	for i := range ps {
		if s, ok := ps[i].Value.(string); ok {
			fmt.Println(s)
		}
	}
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d;", i)
	}
	fmt.Println(sb.String(), len(os.Args) > 0)
	x := []byte("hello")
	x[0] ^= 0x20
	fmt.Println(string(x[:1]), x[1:3], cap(x[:0]))
	var arr [5]int
	sl := arr[1:3:4]
	sl = append(sl, 9)
	fmt.Println(arr, len(sl), cap(sl))
	type kv struct {
		k string
		v int
	}
	kvs := []kv{{"z", 1}}
	kvs[0].v++
	grid := make([][]rune, 2)
	for i := range grid {
		grid[i] = []rune(strings.Repeat(".", 3))
	}
	grid[1][2] = '#'
	fmt.Println(string(grid[1]), kvs)
	var iface interface{} = 42
	switch n := iface.(type) {
	case int, int64:
		fmt.Println("int-ish", n)
	}
	ch := make(chan string, 2)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for s := range ch {
			fmt.Println(s)
		}
	}()
	ch <- "hi"
	close(ch)
	<-done
	func() {
		defer fmt.Println("deferred")
	}()
	const huge = 1 << 100
	fmt.Println(huge >> 98, 'a'+1, string(rune('a'+1)))
	var u8 uint8 = 255
	u8++
	var i8 int8 = -128
	i8--
	fmt.Println(u8, i8, ^0, 7&^5, -7/2, -7%2, 1.0/3)
	fmt.Println(len("héllo"), []rune("héllo")[1], "abc" < "abd")
	if len(os.Args) == 0 {
	}
}
