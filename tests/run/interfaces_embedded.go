package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Named interface {
	fmt.Stringer
	Name() string
}

type User struct{ first, last string }

func (u User) Name() string   { return u.first }
func (u User) String() string { return u.first + " " + u.last }

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	var w Writer = rw
	w.Write("c")
	fmt.Println(r.Read(), rw.Read(), r.Read(), r.Read())
	var n Named = User{"Ada", "Lovelace"}
	fmt.Println(n.Name(), n)
	var st fmt.Stringer = n
	fmt.Println(st.String())
	back, ok := r.(ReadWriter)
	fmt.Println(ok, back != nil)
}
