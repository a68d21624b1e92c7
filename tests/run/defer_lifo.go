package main

import "fmt"

func work() {
	fmt.Println("start")
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	fmt.Println("end")
}

func nested() {
	defer func() {
		fmt.Println("outer deferred")
	}()
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	fmt.Println("outer body")
}

func main() {
	work()
	nested()
	defer fmt.Println("main deferred")
	fmt.Println("main end")
}
