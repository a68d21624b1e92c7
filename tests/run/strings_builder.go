package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteRune(' ')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	for i := 0; i < 3; i++ {
		b.WriteString(fmt.Sprintf(" %d", i))
	}
	fmt.Println(b.String())
	n, err := b.WriteString("!")
	fmt.Println(n, err)
	b.Reset()
	fmt.Printf("%q\n", b.String())
	sb := &strings.Builder{}
	words := []string{"x", "y", "z"}
	for i, w := range words {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(strings.ToUpper(w))
	}
	fmt.Println(sb.String())
	b.WriteString("bytes")
	fmt.Println(b.String(), b.Len())
}
