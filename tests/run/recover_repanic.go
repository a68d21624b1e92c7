package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprint("re-panic of ", r))
	}()
	panic("original")
}

func middle() {
	defer fmt.Println("middle deferred runs")
	inner()
	fmt.Println("not reached")
}

func outer() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recovered: ", recover())
	}()
	middle()
	return "normal"
}

func main() {
	fmt.Println(outer())
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("second recover:", recover())
		}()
		defer func() {
			fmt.Println("first recover:", recover())
		}()
		panic("once")
	}()
}
