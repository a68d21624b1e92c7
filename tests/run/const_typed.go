package main

import "fmt"

type Celsius float64
type Level int8

const Boiling Celsius = 100
const Max Level = 127
const Limit int64 = 1 << 40

const (
	typedA int = 3
	typedB     = typedA * 2
)

func main() {
	fmt.Println(Boiling, Boiling/3)
	fmt.Printf("%T %v\n", Boiling, Boiling)
	fmt.Printf("%T %v\n", Max, Max)
	fmt.Printf("%T %v\n", Limit, Limit)
	fmt.Printf("%T %v\n", typedB, typedB)
	var l Level = Max
	l++
	fmt.Println(l)
	fmt.Println(Celsius(37.5) + Boiling)
}
