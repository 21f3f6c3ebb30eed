// Word frequencies: maps, sorting keys, strings functions, delete, and
// the comma-ok map lookup.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type pair struct {
	word  string
	count int
}

func tokenize(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func main() {
	text := `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox doesn't. Quick, quick!`
	freq := make(map[string]int)
	for _, w := range tokenize(text) {
		freq[w]++
	}
	delete(freq, "over")
	if n, ok := freq["fox"]; ok {
		fmt.Println("fox appears", n, "times")
	}
	if _, ok := freq["cat"]; !ok {
		fmt.Println("no cat")
	}
	pairs := make([]pair, 0, len(freq))
	for w, c := range freq {
		pairs = append(pairs, pair{w, c})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].count != pairs[j].count {
			return pairs[i].count > pairs[j].count
		}
		return pairs[i].word < pairs[j].word
	})
	for _, p := range pairs[:4] {
		fmt.Printf("%-8s %d\n", p.word, p.count)
	}
	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := make([]int, 0, len(byLen))
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Println(l, strings.Join(ws, ","))
	}
}
