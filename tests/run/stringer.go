package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pixel struct {
	X, Y int
	C    Color
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	fmt.Println([]Color{Red, Green})
	p := Pixel{1, 2, Blue}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	fmt.Println(map[Color]int{Blue: 3, Red: 1})
	fmt.Println(&p)
	s := fmt.Sprint(Green) + "!"
	fmt.Println(s)
	t := Temp(21.5)
	fmt.Println(&t) // pointer method set has String
	fmt.Println(t)  // value does not: prints the number
	var st fmt.Stringer = Blue
	fmt.Println(st.String(), len(st.String()))
}
