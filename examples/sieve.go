// The sieve of Eratosthenes with a []bool, then some statistics about the
// primes it found: gaps, twin primes and a histogram by hundreds.
package main

import "fmt"

func sieve(limit int) []int {
	composite := make([]bool, limit+1)
	var primes []int
	for i := 2; i <= limit; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= limit; j += i {
			composite[j] = true
		}
	}
	return primes
}

func main() {
	ps := sieve(1000)
	fmt.Println("primes below 1000:", len(ps))
	fmt.Println("first 15:", ps[:15])
	fmt.Println("last 5:", ps[len(ps)-5:])

	maxGap, at := 0, 0
	twins := 0
	for i := 1; i < len(ps); i++ {
		gap := ps[i] - ps[i-1]
		if gap > maxGap {
			maxGap, at = gap, ps[i-1]
		}
		if gap == 2 {
			twins++
		}
	}
	fmt.Printf("largest gap: %d (after %d)\n", maxGap, at)
	fmt.Println("twin prime pairs:", twins)

	var hist [10]int
	for _, p := range ps {
		hist[p/100]++
	}
	for i, n := range hist {
		fmt.Printf("%3d-%3d %2d %s\n", i*100, i*100+99, n, bar(n))
	}
}

func bar(n int) string {
	s := ""
	for i := 0; i < n; i += 2 {
		s += "*"
	}
	return s
}
