package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	s := 0
	for i := 0; i < 1000000; i++ {
		s += i
	}
	el := time.Since(start)
	fmt.Println(s, el > 0, el < time.Minute, time.Until(start) < 0)
	t := time.Unix(1700000000, 123456789)
	fmt.Println(t, t.Unix(), t.UnixMilli())
	u := t.Add(90 * time.Minute)
	fmt.Println(u, u.Sub(t), u.After(t), t.Before(u), t.Equal(t))
	fmt.Println(time.Unix(0, 0), time.Unix(-86400*365, 5e8).UTC())
	fmt.Println(time.Unix(951782400, 0).UTC(), time.Unix(4102444799, 0).UTC())
	z := start.Add(time.Second).Sub(start)
	fmt.Println(z)
}
