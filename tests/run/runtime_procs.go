package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumCPU() >= 1, runtime.NumGoroutine())
	prev := runtime.GOMAXPROCS(3)
	fmt.Println(prev >= 1, runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(-1))
	runtime.Gosched()
	fmt.Println(runtime.GOMAXPROCS(1), runtime.GOMAXPROCS(0))
}
