// Channels carrying structs, pointers, interfaces, errors and functions.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type shape interface{ area() float64 }
type rect struct{ w, h float64 }
type circle struct{ r float64 }

func (r rect) area() float64   { return r.w * r.h }
func (c circle) area() float64 { return 3 * c.r * c.r }

type job struct {
	id   int
	name string
	tags []string
}

func main() {
	shapes := make(chan shape, 3)
	shapes <- rect{2, 3}
	shapes <- circle{1}
	shapes <- nil
	close(shapes)
	for s := range shapes {
		if s == nil {
			fmt.Println("nil shape")
			continue
		}
		fmt.Printf("%T %v\n", s, s.area())
	}

	jobs := make(chan job)
	go func() {
		jobs <- job{1, "build", []string{"a", "b"}}
		close(jobs)
	}()
	j := <-jobs
	fmt.Printf("%+v\n", j)

	ptrs := make(chan *job, 1)
	orig := &job{id: 2}
	ptrs <- orig
	got := <-ptrs
	got.name = "shared"
	fmt.Println(orig.name, got == orig)

	errs := make(chan error, 2)
	go func() {
		_, err := strconv.Atoi("x1")
		errs <- err
		errs <- errors.New("plain")
	}()
	fmt.Println(<-errs)
	fmt.Println(<-errs)

	funcs := make(chan func(int) int, 3)
	for k := 1; k <= 3; k++ {
		k := k
		funcs <- func(x int) int { return x * k }
	}
	close(funcs)
	acc := 1
	for f := range funcs {
		acc = f(acc)
	}
	fmt.Println("composed", acc)

	anys := make(chan interface{}, 4)
	anys <- 1
	anys <- "two"
	anys <- 3.0
	anys <- []int{4}
	close(anys)
	for a := range anys {
		fmt.Printf("%T=%v ", a, a)
	}
	fmt.Println()
}
