package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!  A quick end, the END.`

func normalize(w string) string {
	w = strings.ToLower(w)
	var b strings.Builder
	for _, r := range w {
		if (r >= 'a' && r <= 'z') || r == '\'' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

type entry struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	for _, raw := range strings.Fields(text) {
		w := normalize(raw)
		if w == "" {
			continue
		}
		counts[w]++
	}
	fmt.Println(len(counts))
	fmt.Println(counts)

	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if counts[k] > 1 {
			fmt.Printf("%-6s %d\n", k, counts[k])
		}
	}

	entries := []entry{}
	for k, v := range counts {
		entries = append(entries, entry{k, v})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	for i, e := range entries[:4] {
		fmt.Printf("%d. %q x%d\n", i+1, e.word, e.count)
	}

	byLen := map[int][]string{}
	for _, k := range keys {
		byLen[len(k)] = append(byLen[len(k)], k)
	}
	fmt.Println(byLen)

	if n, ok := counts["cat"]; !ok {
		fmt.Println("no cat", n)
	}
	delete(counts, "the")
	_, stillThere := counts["the"]
	fmt.Println(stillThere, len(counts))
}
