package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Inner struct{ N int }

func (i Inner) String() string { return fmt.Sprint("inner", i.N) }

type Outer struct {
	Inner
	X int
}

type Both struct{}

func (Both) Error() string  { return "error-wins" }
func (Both) String() string { return "string-loses" }

type PtrStr struct{ v int }

func (p *PtrStr) String() string { return fmt.Sprint("ptr", p.v) }

type Grid [2][2]int

type Matrix struct {
	Rows [][]float64
	Tags map[string][]string
}

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func main() {
	fmt.Println(Outer{Inner{1}, 2}, Both{}, PtrStr{3}, &PtrStr{4})
	fmt.Printf("%v %+v %s\n", []*PtrStr{{5}}, Outer{}, []fmt.Stringer{Inner{7}, &PtrStr{8}})
	fmt.Println(Grid{{1, 2}, {3, 4}}, Matrix{[][]float64{{1.5, 2}, {}}, map[string][]string{"b": {"x"}, "a": nil}})
	var shapes []Shape = []Shape{Rect{2, 3}, nil}
	fmt.Printf("%v %+v %T\n", shapes, shapes, shapes[0])
	err := fmt.Errorf("a\nb: %w", errors.New("c"))
	fmt.Printf("%v|%q\n", err, err.Error())
	m := map[int]string{3: "c", 1: "a", 2: "b"}
	keys := make([]int, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, m, map[float64]bool{2.5: true, -1: false}, map[bool]int{true: 1, false: 0})
	fmt.Printf("%6.2f%%\n", 12.345)
	fmt.Printf("%-10s|%10s|\n", "left", "right")
	fmt.Printf("%05d|%x|%#x|%#o|%+.2e\n", -42, -255, 255, 8, 0.000123)
	fmt.Println(strings.Repeat("=", 20))
	fmt.Printf("%3d%%|%v|%.0f|%.1f|%g|%g\n", 50, 1.0, 2.5, 0.05, 0.0000123, 123456789.0)
	fmt.Printf("%s\n", error(nil))
	fmt.Printf("%d %s\n", "str", 5)
	type pair struct {
		k string
		v *int
	}
	fmt.Printf("%v\n", pair{"a", nil})
	var iface any = 5
	fmt.Printf("%v %d %T\n", iface, iface, iface)
	fmt.Printf("%v %v\n", int32(-7), uint16(65535))
	fmt.Printf("%c%c%c\n", 72, 105, 0x4E16)
	fmt.Printf("%08b %o %X\n", 5, 64, 3054)
	fmt.Printf("%t\n", 1)
	fmt.Println(fmt.Sprintf("%v", nil), fmt.Sprintf("%d", nil))
}
