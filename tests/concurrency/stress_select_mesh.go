// Stress: 40 producers spread 20000 messages over 8 channels; 8 consumers
// select over all channels plus a quit channel. Totals must be exact.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const producers, perProducer, nch, consumers = 40, 500, 8, 8
	chans := make([]chan int, nch)
	for i := range chans {
		chans[i] = make(chan int, i%3) // mix of unbuffered and buffered
	}
	var pwg sync.WaitGroup
	for p := 0; p < producers; p++ {
		pwg.Add(1)
		go func(p int) {
			defer pwg.Done()
			for i := 0; i < perProducer; i++ {
				a, b := chans[(p+i)%nch], chans[(p+2*i+1)%nch]
				select {
				case a <- 1:
				case b <- 1:
				}
			}
		}(p)
	}
	quit := make(chan struct{})
	counts := make(chan int)
	for c := 0; c < consumers; c++ {
		go func() {
			n := 0
			for {
				select {
				case v := <-chans[0]:
					n += v
				case v := <-chans[1]:
					n += v
				case v := <-chans[2]:
					n += v
				case v := <-chans[3]:
					n += v
				case v := <-chans[4]:
					n += v
				case v := <-chans[5]:
					n += v
				case v := <-chans[6]:
					n += v
				case v := <-chans[7]:
					n += v
				case <-quit:
					// drain whatever is still buffered
					for _, ch := range chans {
						for len(ch) > 0 {
							select {
							case v := <-ch:
								n += v
							default:
							}
						}
					}
					counts <- n
					return
				}
			}
		}()
	}
	pwg.Wait()
	close(quit)
	total := 0
	for c := 0; c < consumers; c++ {
		total += <-counts
	}
	fmt.Println("messages", total, "expected", producers*perProducer)
}
