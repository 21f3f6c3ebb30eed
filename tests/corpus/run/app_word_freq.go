package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. We had everything
before us, we had nothing before us -- we were all going direct to Heaven!`

type WordCount struct {
	Word  string
	Count int
}

func tokenize(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		if unicode.IsLetter(r) || r == '\'' {
			cur.WriteRune(r)
		} else {
			flush()
		}
	}
	flush()
	return out
}

func main() {
	words := tokenize(strings.ToLower(text))
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	fmt.Println("total words:", len(words), "distinct:", len(freq))

	var wcs []WordCount
	for w, c := range freq {
		wcs = append(wcs, WordCount{w, c})
	}
	sort.Slice(wcs, func(i, j int) bool {
		if wcs[i].Count != wcs[j].Count {
			return wcs[i].Count > wcs[j].Count
		}
		return wcs[i].Word < wcs[j].Word
	})
	maxCount := wcs[0].Count
	for _, wc := range wcs[:8] {
		bar := strings.Repeat("#", wc.Count*30/maxCount)
		fmt.Printf("%-8s %3d %s\n", wc.Word, wc.Count, bar)
	}

	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := []int{}
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		if len(ws) > 5 {
			ws = append(ws[:5], "...")
		}
		fmt.Printf("len %2d: %s\n", l, strings.Join(ws, ","))
	}

	letters := map[rune]int{}
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters[unicode.ToLower(r)]++
		}
	}
	fmt.Println("letter e:", letters['e'], "letter z:", letters['z'], "punct:", strings.Count(text, ","))
	singles := 0
	for _, wc := range wcs {
		if wc.Count == 1 {
			singles++
		}
	}
	fmt.Printf("hapax legomena: %d (%.1f%%)\n", singles, 100*float64(singles)/float64(len(freq)))
}
