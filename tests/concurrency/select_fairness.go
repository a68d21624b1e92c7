// select chooses uniformly among ready cases (as Go's TestSelectFairness checks):
// four always-ready channels, 40000 selects; every case's count must lie within
// six standard deviations of 10000 (a false failure has probability ~1e-8). A
// second round mixes ready receives with a ready send and a nil channel case,
// which must never be chosen.
package main

import (
	"fmt"
	"math"
)

func main() {
	const trials = 40000
	var c [4]chan int
	for i := range c {
		c[i] = make(chan int, trials)
		for j := 0; j < trials; j++ {
			c[i] <- j
		}
	}
	var counts [4]int
	for i := 0; i < trials; i++ {
		select {
		case <-c[0]:
			counts[0]++
		case <-c[1]:
			counts[1]++
		case <-c[2]:
			counts[2]++
		case <-c[3]:
			counts[3]++
		}
	}
	sigma := math.Sqrt(trials * 0.25 * 0.75)
	fair := true
	for _, n := range counts {
		if math.Abs(float64(n)-trials/4) > 6*sigma {
			fair = false
		}
	}
	fmt.Println("four receive cases fair:", fair, "total", counts[0]+counts[1]+counts[2]+counts[3])

	// Receives, a send with buffer space, and a nil channel.
	in := make(chan int, trials)
	for j := 0; j < trials; j++ {
		in <- j
	}
	out := make(chan int, trials)
	var never chan int
	var got, sent, nils int
	for i := 0; i < trials; i++ {
		select {
		case <-in:
			got++
		case out <- i:
			sent++
		case <-never:
			nils++
		}
	}
	half, s2 := float64(trials)/2, math.Sqrt(trials*0.25)
	fmt.Println("send/receive fair:", math.Abs(float64(got)-half) < 6*s2, "nil chosen:", nils, "total", got+sent)
}
