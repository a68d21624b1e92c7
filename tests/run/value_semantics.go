package main

import "fmt"

type Inner struct {
	Arr [2]int
	Sl  []int
	M   map[string]int
}

type Outer struct {
	In  Inner
	Ptr *Inner
}

func mutate(o Outer) {
	o.In.Arr[0] = 100 // copy: invisible to caller
	o.In.Sl[0] = 100  // shared backing array: visible
	o.In.M["k"] = 100 // shared map: visible
	o.Ptr.Arr[0] = 100
}

func main() {
	o := Outer{
		In:  Inner{[2]int{1, 2}, []int{1, 2}, map[string]int{"k": 1}},
		Ptr: &Inner{Arr: [2]int{1, 2}},
	}
	mutate(o)
	fmt.Println(o.In.Arr, o.In.Sl, o.In.M, o.Ptr.Arr)
	c := o
	c.In.Arr[1] = 50
	c.In.Sl = append(c.In.Sl, 3)
	fmt.Println(o.In.Arr, c.In.Arr, len(o.In.Sl), len(c.In.Sl))
	var i interface{} = o.In.Arr
	o.In.Arr[0] = -1
	fmt.Println(i, o.In.Arr)
	arrs := [][2]int{{1, 1}}
	for _, a := range arrs {
		a[0] = 9
	}
	fmt.Println(arrs)
	ptrs := []*Inner{{Arr: [2]int{0, 0}}}
	for _, p := range ptrs {
		p.Arr[0] = 9
	}
	fmt.Println(ptrs[0].Arr)
}
