package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Pair struct{ a, b int }
type Fn func(int) string
type Iface interface{ M() }

func main() {
	vals := []interface{}{
		1, int8(1), uint16(2), int64(3), uint(4), 'a', byte('b'), 1.5, "s", true, nil,
		[]int{}, [3]string{}, map[string][]int{}, Pair{}, &Pair{}, Celsius(1),
		func() {}, Fn(nil), errors.New("e"), fmt.Errorf("w: %w", errors.New("x")),
		[]interface{}{}, struct{ X int }{}, new(int), [][]Pair{}, map[Pair]bool{},
		func(int, ...string) (bool, error) { return false, nil },
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var i Iface
	fmt.Printf("%T\n", i)
	fmt.Printf("%T %T\n", &i, []Iface{})
	fmt.Println(fmt.Sprintf("%T", 'x') == "int32")
}
