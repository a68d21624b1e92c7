package main

import "fmt"

type Point struct{ X, Y int }

type Segment struct {
	From, To Point
}

func main() {
	pts := []Point{{1, 2}, {X: 3}, {}}
	fmt.Println(pts)
	pps := []*Point{{1, 1}, {2, 2}}
	fmt.Println(*pps[0], pps[1].X)
	segs := map[string]Segment{
		"a": {Point{0, 0}, Point{1, 1}},
		"b": {To: Point{5, 5}},
	}
	fmt.Println(segs)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(grid)
	sparse := []string{3: "d", 1: "b"}
	fmt.Printf("%q %d\n", sparse, len(sparse))
	mk := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(mk)
	nested := map[string][]map[string]int{"x": {{"a": 1}, {"b": 2}}}
	fmt.Println(nested)
	anon := []struct {
		Name string
		N    int
	}{{"one", 1}, {"two", 2}}
	for _, a := range anon {
		fmt.Print(a.Name, "=", a.N, " ")
	}
	fmt.Println()
	p := &Segment{To: Point{Y: 9}}
	fmt.Println(p.To.Y, p.From)
	arr := [...]Point{{1, 1}, 4: {4, 4}}
	fmt.Println(len(arr), arr)
	fs := map[string]func(int) int{"sq": func(x int) int { return x * x }}
	fmt.Println(fs["sq"](7))
}
