package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	w.WriteString("direct\n")
	w.WriteByte('x')
	w.WriteRune('é')
	w.WriteString("\n")
	fmt.Fprintln(w, w.Buffered(), w.Available(), w.Size())
	sc := bufio.NewScanner(strings.NewReader("alpha beta\r\ngamma\n\ndelta"))
	for sc.Scan() {
		fmt.Fprintf(w, "%q\n", sc.Text())
	}
	fmt.Fprintln(w, sc.Err())
	ws := bufio.NewScanner(strings.NewReader("  one two\tthree\n four  "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Fprint(w, ws.Text(), ",")
	}
	fmt.Fprintln(w, n)
	rs := bufio.NewScanner(strings.NewReader("hé!"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Fprint(w, rs.Text(), "|")
	}
	fmt.Fprintln(w)
	r := bufio.NewReader(strings.NewReader("first line\nsecond\nno newline"))
	for {
		s, err := r.ReadString('\n')
		fmt.Fprintf(w, "%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	in := bufio.NewScanner(os.Stdin)
	total := 0
	for in.Scan() {
		total += len(in.Text())
	}
	fmt.Fprintln(w, "stdin bytes", total)
}
