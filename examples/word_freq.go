// Word frequency: split a text into words, count them with a map and print
// the most frequent ones. Map iteration order is random in Go, so the result
// is sorted before printing.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

type entry struct {
	word  string
	count int
}

func main() {
	// Turn everything that is not a letter into a space, then split on spaces.
	letters := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return ' '
	}, text)
	words := strings.Fields(letters)
	counts := make(map[string]int)
	for _, w := range words {
		counts[strings.ToLower(w)]++
	}

	// Move the map into a slice so it can be sorted: by count (descending),
	// then alphabetically to break ties deterministically.
	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})

	fmt.Printf("%d words, %d distinct\n", len(words), len(counts))
	for i, e := range entries {
		if i == 8 {
			break
		}
		bar := strings.Repeat("#", e.count)
		fmt.Printf("%-12s %2d %s\n", e.word, e.count, bar)
	}
}
