// String processing with strings.Builder: word wrapping, a title-case
// function, and a run-length encoder/decoder.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// wrap breaks text into lines of at most width characters.
func wrap(text string, width int) string {
	var b strings.Builder
	lineLen := 0
	for _, w := range strings.Fields(text) {
		if lineLen > 0 && lineLen+1+len(w) > width {
			b.WriteByte('\n')
			lineLen = 0
		} else if lineLen > 0 {
			b.WriteByte(' ')
			lineLen++
		}
		b.WriteString(w)
		lineLen += len(w)
	}
	return b.String()
}

func titleCase(s string) string {
	var b strings.Builder
	prevLetter := false
	for _, r := range s {
		if unicode.IsLetter(r) && !prevLetter {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		prevLetter = unicode.IsLetter(r)
	}
	return b.String()
}

// rle encodes runs as count+char, e.g. "aaab" -> "3a1b".
func rle(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteRune(runes[i])
		i = j
	}
	return b.String()
}

func unrle(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		b.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return b.String()
}

func main() {
	text := "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs."
	fmt.Println(wrap(text, 24))
	fmt.Println(strings.Repeat("-", 24))
	fmt.Println(titleCase("hello wORLD, it's a fine-day"))
	enc := rle("aaabccddddde€€")
	fmt.Println(enc, unrle(enc) == "aaabccddddde€€")
	fmt.Println(strings.ToUpper(text[:9]), strings.Count(text, "o"), strings.Index(text, "fox"))
}
