package main

import "fmt"

var calls []string

func t(name string) bool {
	calls = append(calls, name)
	return true
}

func f(name string) bool {
	calls = append(calls, name)
	return false
}

func main() {
	fmt.Println(true && false, true || false, !true, !false)
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("c") || f("d"))
	fmt.Println(t("e") && f("f") || t("g"))
	fmt.Println(calls)
	x := 5
	ok := x > 3 && x < 10
	fmt.Println(ok, !ok, ok == true, ok != false)
	var zero bool
	fmt.Println(zero)
	type Flag bool
	var fl Flag = true
	fmt.Println(fl, !fl)
	fmt.Printf("%t %v %T\n", fl, x == 5, fl)
}
