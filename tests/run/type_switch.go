package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case error:
		return "error: " + x.Error()
	case []int:
		return fmt.Sprint("slice sum=", x[0]+x[len(x)-1])
	case Celsius:
		return fmt.Sprint("temp ", float64(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func main() {
	inputs := []interface{}{
		nil, 1, int64(2), "hey", true, false,
		errors.New("oops"), []int{1, 2, 3}, Celsius(21.5),
		func() int { return 9 }, 3.5, map[string]int{}, int8(1),
	}
	for _, in := range inputs {
		fmt.Println(classify(in))
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error")
	default:
		fmt.Println("non-nil")
	}
	switch v := interface{}(uint8(3)); v.(type) {
	case int:
		fmt.Println("int")
	default:
		fmt.Printf("default %T\n", v)
	}
}
