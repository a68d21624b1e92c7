package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Box struct {
	W, H int
}

func (b *Box) Scale(f int) {
	b.W *= f
	b.H *= f
}

func (b Box) Area() int { return b.W * b.H }

func main() {
	var head *Node
	for i := 3; i >= 1; i-- {
		head = &Node{Val: i, Next: head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	b := Box{2, 3}
	b.Scale(2) // (&b).Scale(2)
	fmt.Println(b, b.Area())
	bp := &b
	fmt.Println(bp.Area(), bp.W) // (*bp).Area()
	bp.Scale(10)
	fmt.Println(b)
	fmt.Println(&b == bp, *bp == b)
	fmt.Printf("%v %+v\n", bp, bp)
	boxes := []Box{{1, 1}, {2, 2}}
	boxes[1].Scale(3)
	fmt.Println(boxes)
	ptrs := []*Box{{1, 2}, {3, 4}}
	for _, p := range ptrs {
		p.Scale(2)
	}
	fmt.Println(*ptrs[0], *ptrs[1])
	np := new(Box)
	np.W = 7
	fmt.Println(*np, np.Area())
}
