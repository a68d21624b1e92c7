package main

import "fmt"

type Logger interface {
	Log(msg string) string
}

type Plain struct{}

func (Plain) Log(msg string) string { return "plain: " + msg }

// Service embeds an interface: the method is promoted from whatever value it holds.
type Service struct {
	Logger
	name string
}

// Prefixed overrides Log but can still reach the embedded implementation.
type Prefixed struct {
	Logger
}

func (p Prefixed) Log(msg string) string { return "[pre] " + p.Logger.Log(msg) }

func main() {
	s := Service{Plain{}, "svc"}
	fmt.Println(s.Log("hello"))
	var l Logger = s
	fmt.Println(l.Log("via interface"))
	s.Logger = Prefixed{Plain{}}
	fmt.Println(s.Log("swapped"))
	var empty Service
	fmt.Println(empty.Logger == nil)
}
