package main

import "fmt"

func describe(vals ...any) {
	for _, v := range vals {
		fmt.Printf("%v(%T) ", v, v)
	}
	fmt.Println()
}

func main() {
	var a any = 1
	describe(a, "s", 2.5, true, nil, []any{1, "x"}, map[string]any{"k": 1})
	a = "now a string"
	fmt.Println(a)
	box := []any{}
	box = append(box, 1, "two", 3.0)
	fmt.Println(box, len(box))
	m := map[string]any{"n": 1, "s": "str", "l": []int{1, 2}}
	fmt.Println(m)
	var x interface{} = a
	fmt.Println(x == a)
	if s, ok := m["s"].(string); ok {
		fmt.Println(s + "!")
	}
}
