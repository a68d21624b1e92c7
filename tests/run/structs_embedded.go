package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	Dog
	Name string // shadows Dog.Animal.Name
}

func (l Loud) Describe() string { return "LOUD " + l.Dog.Describe() }

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed, d.Animal.Name)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Name)
	l := Loud{Dog: d, Name: "outer"}
	fmt.Println(l.Name, l.Dog.Name, l.Animal.Name)
	fmt.Println(l.Describe())
	l.Rename("inner")
	fmt.Println(l.Name, l.Dog.Name)
	fmt.Printf("%v\n%+v\n", d, l)
	dp := &d
	fmt.Println(dp.Describe(), dp.Legs)
}
