package main

import (
	"errors"
	"fmt"
)

func protect(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s recovered: %v (%T)\n", name, r, r)
		}
	}()
	f()
	fmt.Println(name, "completed")
}

func main() {
	protect("ok", func() {})
	protect("string", func() { panic("boom") })
	protect("int", func() { panic(42) })
	protect("error", func() { panic(errors.New("bad thing")) })
	protect("errorf", func() { panic(fmt.Errorf("code %d", 7)) })
	protect("nested", func() {
		defer fmt.Println("deferred before panic runs")
		panic("inner")
	})
	protect("deep", func() {
		var f func(int)
		f = func(n int) {
			if n == 0 {
				panic("bottom")
			}
			f(n - 1)
		}
		f(5)
	})
	fmt.Println("main continues")
}
