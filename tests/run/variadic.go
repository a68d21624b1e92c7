package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func count(xs ...interface{}) int { return len(xs) }

func isNil(xs ...int) bool { return xs == nil }

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join(","))
	fmt.Println(count(1, "a", nil), count(), count(nil), count([]interface{}{1, 2}...))
	fmt.Println(isNil(), isNil(nums[:0]...))
	modify(nums...) // shares the backing array
	fmt.Println(nums)
	modify(7, 8)
	fmt.Println(nums)
	f := fmt.Sprintln
	fmt.Print(f("x", 1, 2))
	args := []interface{}{"a", 1}
	fmt.Println(args...)
}
