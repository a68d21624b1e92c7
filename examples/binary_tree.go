// A binary search tree: recursive insert, in-order traversal with a
// callback, height, and lookup.
package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

// Insert returns the new root; inserting an existing key bumps its count.
func (t *Tree) Insert(key string) *Tree {
	if t == nil {
		return &Tree{Key: key, Count: 1}
	}
	switch {
	case key < t.Key:
		t.Left = t.Left.Insert(key)
	case key > t.Key:
		t.Right = t.Right.Insert(key)
	default:
		t.Count++
	}
	return t
}

// Walk calls visit for every node in sorted order.
func (t *Tree) Walk(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max2(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Contains(key string) bool {
	for t != nil {
		switch {
		case key < t.Key:
			t = t.Left
		case key > t.Key:
			t = t.Right
		default:
			return true
		}
	}
	return false
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// draw prints the tree sideways (right subtree on top).
func (t *Tree) draw(depth int, sb *strings.Builder) {
	if t == nil {
		return
	}
	t.Right.draw(depth+1, sb)
	sb.WriteString(strings.Repeat("    ", depth) + t.Key + "\n")
	t.Left.draw(depth+1, sb)
}

func main() {
	var root *Tree
	for _, w := range strings.Fields("m f t b h p w a c g k n r u z h m m") {
		root = root.Insert(w)
	}
	var keys []string
	root.Walk(func(n *Tree) {
		if n.Count > 1 {
			keys = append(keys, fmt.Sprintf("%s×%d", n.Key, n.Count))
		} else {
			keys = append(keys, n.Key)
		}
	})
	fmt.Println(strings.Join(keys, " "))
	fmt.Println("height:", root.Height())
	fmt.Println("contains k:", root.Contains("k"), "contains q:", root.Contains("q"))
	var sb strings.Builder
	root.draw(0, &sb)
	fmt.Print(sb.String())
}
