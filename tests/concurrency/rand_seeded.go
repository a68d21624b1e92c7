// math/rand with an explicitly seeded source gives a fixed sequence (the same
// in every Go version); each goroutine owns its own *rand.Rand, because a
// Rand from rand.New is not safe for concurrent use.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	var xs []int
	for i := 0; i < 10; i++ {
		xs = append(xs, r.Intn(100))
	}
	fmt.Println(xs)
	fmt.Println(r.Int63(), r.Int31n(1000), r.Int63n(1_000_000), r.Uint32())
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))
	words := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)

	// same seed, same sequence
	a := rand.New(rand.NewSource(7))
	b := rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 100; i++ {
		if a.Int() != b.Int() {
			same = false
		}
	}
	fmt.Println("same seed same sequence:", same)

	// per-goroutine generators seeded by id; results by index
	out := make([][]int, 4)
	done := make(chan bool)
	for id := 0; id < 4; id++ {
		go func(id int) {
			g := rand.New(rand.NewSource(int64(id + 1)))
			for k := 0; k < 3; k++ {
				out[id] = append(out[id], g.Intn(1000))
			}
			done <- true
		}(id)
	}
	for i := 0; i < 4; i++ {
		<-done
	}
	fmt.Println(out)
}
