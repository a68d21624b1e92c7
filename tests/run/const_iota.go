package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota + 100
	C, D
	E, F
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

const (
	flagA uint8 = 1 << iota
	flagB
	flagC
	flagD
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(flagA, flagB, flagC, flagD, flagA|flagD)
	fmt.Printf("%T %T\n", Saturday, flagC)
}
