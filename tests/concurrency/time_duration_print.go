// time.Duration values, their String form and conversions.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Millisecond,
		10 * time.Millisecond, 1500 * time.Millisecond, time.Second, 90 * time.Second,
		time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		-2 * time.Second, 26 * time.Hour,
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), int64(d))
	fmt.Printf("%v %d %s %T\n", time.Second, time.Second, 3*time.Millisecond, time.Second)
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), (1500 * time.Millisecond).Round(time.Second))
	fmt.Println(time.Duration(1<<63 - 1))
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Seconds())
	_, err = time.ParseDuration("soon")
	fmt.Println(err)
	fmt.Println(time.Duration(3)*time.Second > 2*time.Second, time.Second/time.Millisecond)
}
