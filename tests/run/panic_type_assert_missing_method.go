package main

import "fmt"

type Walker interface{ Walk() string }

type Rock struct{}

func main() {
	var x interface{} = Rock{}
	if _, ok := x.(Walker); !ok {
		fmt.Println("comma-ok form does not panic")
	}
	w := x.(Walker)
	fmt.Println(w.Walk())
}
