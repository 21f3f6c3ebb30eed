package main

import (
	"fmt"
	"sort"
	"strings"
)

const corpus = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go was designed at Google. Many companies use Go!
Is Go simple? Simple is not easy; easy is not simple.`

type Stats struct {
	Lines, Words, Chars, Letters int
	Sentences                    int
	Longest                      string
	Freq                         map[string]int
	LetterFreq                   [26]int
}

func isLetter(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
}

func clean(w string) string {
	start, end := 0, len(w)
	for start < end && !isLetter(rune(w[start])) {
		start++
	}
	for end > start && !isLetter(rune(w[end-1])) {
		end--
	}
	return strings.ToLower(w[start:end])
}

func Analyze(text string) Stats {
	s := Stats{Freq: map[string]int{}}
	s.Lines = len(strings.Split(text, "\n"))
	for _, r := range text {
		s.Chars++
		if isLetter(r) {
			s.Letters++
			lr := r
			if lr < 'a' {
				lr += 'a' - 'A'
			}
			s.LetterFreq[lr-'a']++
		}
		if r == '.' || r == '!' || r == '?' {
			s.Sentences++
		}
	}
	for _, raw := range strings.Fields(text) {
		w := clean(raw)
		if w == "" {
			continue
		}
		s.Words++
		s.Freq[w]++
		if len(w) > len(s.Longest) {
			s.Longest = w
		}
	}
	return s
}

type kv struct {
	K string
	V int
}

func topN(m map[string]int, n int) []kv {
	list := make([]kv, 0, len(m))
	for k, v := range m {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].V == list[j].V {
			return list[i].K < list[j].K
		}
		return list[i].V > list[j].V
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func histogram(counts [26]int, min int) []string {
	var rows []string
	for i, c := range counts {
		if c >= min {
			rows = append(rows, fmt.Sprintf("%c %2d %s", 'a'+i, c, strings.Repeat("#", c)))
		}
	}
	return rows
}

func main() {
	st := Analyze(corpus)
	fmt.Printf("lines=%d words=%d chars=%d letters=%d sentences=%d\n",
		st.Lines, st.Words, st.Chars, st.Letters, st.Sentences)
	fmt.Printf("longest=%q unique=%d\n", st.Longest, len(st.Freq))
	for i, e := range topN(st.Freq, 6) {
		fmt.Printf("%d %-8s %d\n", i+1, e.K, e.V)
	}
	fmt.Println(strings.Join(histogram(st.LetterFreq, 8), "\n"))
	avg := float64(st.Letters) / float64(st.Words)
	fmt.Printf("avg word length %.3f\n", avg)

	byFirst := map[byte][]string{}
	for w := range st.Freq {
		byFirst[w[0]] = append(byFirst[w[0]], w)
	}
	letters := []int{}
	for b := range byFirst {
		letters = append(letters, int(b))
	}
	sort.Ints(letters)
	for _, b := range letters {
		ws := byFirst[byte(b)]
		sort.Strings(ws)
		if len(ws) > 1 {
			fmt.Printf("%c: %v\n", b, ws)
		}
	}
	fmt.Printf("%+v\n", topN(map[string]int{"x": 1}, 3))
}
