// A singly linked list with methods on a pointer receiver, and a
// String method so fmt prints it nicely.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	val  int
	next *node
}

type List struct {
	head *node
	size int
}

// PushFront adds v at the beginning of the list.
func (l *List) PushFront(v int) {
	l.head = &node{v, l.head}
	l.size++
}

// PushBack walks to the end of the list and appends v.
func (l *List) PushBack(v int) {
	n := &node{val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.next != nil {
		cur = cur.next
	}
	cur.next = n
}

// Remove deletes the first node holding v and reports whether it found one.
func (l *List) Remove(v int) bool {
	for p := &l.head; *p != nil; p = &(*p).next {
		if (*p).val == v {
			*p = (*p).next
			l.size--
			return true
		}
	}
	return false
}

// Reverse reverses the list in place.
func (l *List) Reverse() {
	var prev *node
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(0)
	fmt.Println(l, "size", l.size)
	fmt.Println("remove 30:", l.Remove(30), "remove 99:", l.Remove(99))
	l.Reverse()
	fmt.Println(l, "size", l.size)
	var empty List
	empty.Reverse()
	fmt.Println(&empty)
}
