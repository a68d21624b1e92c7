// time.Sleep, time.Now, time.Since, time.Until: measured durations are never
// printed, only compared with generous bounds.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 10ms:", el >= 10*time.Millisecond)
	fmt.Println("less than a minute:", el < time.Minute)

	deadline := time.Now().Add(time.Hour)
	left := time.Until(deadline)
	fmt.Println("until is positive:", left > 0, "and at most 1h:", left <= time.Hour)
	fmt.Println("past deadline is negative:", time.Until(start) < 0)

	t2 := time.Now()
	fmt.Println("monotonic order:", !t2.Before(start), t2.After(start) || t2.Equal(start))
	fmt.Println("Sub agrees with Since:", t2.Sub(start) >= 10*time.Millisecond)

	// zero and negative sleeps return immediately
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("negative sleep returned")

	// sleeping goroutines run concurrently: 5 x 10ms in parallel
	begin := time.Now()
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			time.Sleep(10 * time.Millisecond)
			done <- true
		}()
	}
	for i := 0; i < 5; i++ {
		<-done
	}
	fmt.Println("parallel sleeps took >= 10ms:", time.Since(begin) >= 10*time.Millisecond)
}
