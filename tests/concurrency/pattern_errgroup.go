// errgroup-like pattern: run tasks in goroutines, wait for all with a
// WaitGroup, keep the first error (by task order, so it is deterministic).
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs map[int]error
}

func (g *group) Go(id int, f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.mu.Lock()
			if g.errs == nil {
				g.errs = map[int]error{}
			}
			g.errs[id] = err
			g.mu.Unlock()
		}
	}()
}

func (g *group) Wait(n int) error {
	g.wg.Wait()
	for i := 0; i < n; i++ {
		if err, ok := g.errs[i]; ok {
			return err
		}
	}
	return nil
}

func main() {
	inputs := []string{"12", "7", "x9", "40", "", "3"}
	vals := make([]int, len(inputs))
	var g group
	for i, s := range inputs {
		i, s := i, s
		g.Go(i, func() error {
			v, err := strconv.Atoi(s)
			if err != nil {
				return fmt.Errorf("input %d: %w", i, err)
			}
			vals[i] = v
			return nil
		})
	}
	err := g.Wait(len(inputs))
	fmt.Println("first error:", err)
	var numErr *strconv.NumError
	fmt.Println("is NumError:", errors.As(err, &numErr), numErr.Func)
	fmt.Println("errors:", len(g.errs), "values:", vals)

	var ok group
	for i := 0; i < 5; i++ {
		ok.Go(i, func() error { return nil })
	}
	fmt.Println("all ok:", ok.Wait(5))
}
