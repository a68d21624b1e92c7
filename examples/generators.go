// Closures as generators: each call of a constructor returns a function that
// keeps its own private state between calls.
package main

import "fmt"

// counter returns a function that counts up from start by step.
func counter(start, step int) func() int {
	n := start - step
	return func() int {
		n += step
		return n
	}
}

// primes returns a generator of prime numbers.
func primes() func() int {
	var found []int
	candidate := 1
	return func() int {
		for {
			candidate++
			isPrime := true
			for _, p := range found {
				if p*p > candidate {
					break
				}
				if candidate%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, candidate)
				return candidate
			}
		}
	}
}

// take collects the first n values of a generator.
func take(n int, gen func() int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = gen()
	}
	return out
}

// filter wraps a generator and only yields values that satisfy keep.
func filter(gen func() int, keep func(int) bool) func() int {
	return func() int {
		for {
			if v := gen(); keep(v) {
				return v
			}
		}
	}
}

func memoize(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				return v
			}
			misses++
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return misses
		}
}

func main() {
	byThree := counter(0, 3)
	fmt.Println(take(5, byThree))
	fmt.Println(take(3, byThree)) // continues where it left off
	fmt.Println(take(10, primes()))
	odd := func(n int) bool { return n%2 == 1 }
	fmt.Println(take(5, filter(counter(10, 1), odd)))
	square, misses := memoize(func(n int) int { return n * n })
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(square(n), " ")
	}
	fmt.Println("| misses:", misses())
}
