package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(time.Duration(1500)*time.Millisecond, time.Second/4)
	fmt.Println(time.Duration(0), time.Nanosecond, 1500*time.Nanosecond, 2*time.Microsecond)
	x := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(x)
	fmt.Println(x.Round(time.Minute), x.Truncate(time.Minute), x.Round(time.Hour), x.Truncate(time.Hour))
	fmt.Println(x.Milliseconds(), int64(x), x.Seconds())
	neg := -2500 * time.Millisecond
	fmt.Println(neg, neg.Seconds(), neg.Round(time.Second))
	fmt.Printf("%v %d %s %T\n", time.Second, time.Second, time.Minute, time.Hour)
	total := time.Duration(0)
	for _, ms := range []int{250, 750, 1000} {
		total += time.Duration(ms) * time.Millisecond
	}
	fmt.Println(total, total > time.Second, total == 2*time.Second)
	fmt.Println(time.Duration(1<<63-1), (26 * time.Hour).String())
	fmt.Println(d.Round(0), time.Duration(999).Round(time.Microsecond))
}
