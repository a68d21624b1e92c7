package main

import "fmt"

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

type Acc struct{ total int }

func (a Acc) AddValue(n int)    { a.total += n }
func (a *Acc) AddPointer(n int) { a.total += n }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }

func main() {
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Len(), s.Pop(), s.Pop(), s.Len())
	a := Acc{}
	a.AddValue(5)
	fmt.Println(a.total)
	a.AddPointer(5)
	fmt.Println(a.total)
	ap := &a
	ap.AddValue(100)
	ap.AddPointer(1)
	fmt.Println(a.total)
	set := Set{}
	set.Add("x")
	set.Add("y")
	fmt.Println(len(set), set)
}
