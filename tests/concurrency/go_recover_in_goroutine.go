// Each goroutine recovers its own panic with a deferred function and reports
// it; a panic recovered in one goroutine does not affect the others.
package main

import (
	"errors"
	"fmt"
	"sort"
)

func work(n int) (res string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("task %d: recovered %v", n, r)
		}
	}()
	switch n {
	case 1:
		var m map[string]int
		m["x"] = 1
	case 2:
		a := []int{1}
		_ = a[n]
	case 3:
		panic(errors.New("custom error"))
	case 4:
		panic(fmt.Sprintf("value %d", n))
	}
	return fmt.Sprintf("task %d ok", n), nil
}

func main() {
	out := make(chan string)
	for i := 0; i < 6; i++ {
		go func(n int) {
			res, err := work(n)
			if err != nil {
				out <- err.Error()
				return
			}
			out <- res
		}(i)
	}
	var all []string
	for i := 0; i < 6; i++ {
		all = append(all, <-out)
	}
	sort.Strings(all)
	for _, s := range all {
		fmt.Println(s)
	}
}
