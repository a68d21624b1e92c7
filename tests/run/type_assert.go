package main

import "fmt"

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("ID(%d)", int(i)) }

func main() {
	var x interface{} = 42
	n := x.(int)
	fmt.Println(n + 1)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	var y interface{} = ID(7)
	if st, ok := y.(Stringer); ok {
		fmt.Println("stringer:", st.String())
	}
	id := y.(ID)
	fmt.Println(int(id) * 2)
	_, isInt := y.(int)
	fmt.Println("ID is int?", isInt)
	var st Stringer = ID(3)
	back := st.(ID)
	fmt.Println(back)
	var none interface{}
	_, ok = none.(int)
	fmt.Println(ok)
	vals := []interface{}{1, "a", 2.5, nil, ID(1), []int{1}}
	for _, v := range vals {
		if i, ok := v.(int); ok {
			fmt.Println("int", i)
		} else if s, ok := v.(string); ok {
			fmt.Println("string", s)
		} else {
			fmt.Println("other", v)
		}
	}
}
