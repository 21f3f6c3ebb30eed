// Word and line statistics over a custom io.Reader that hands out data in
// small chunks, read with bufio.Scanner in line and word modes.
package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
)

// chunkReader serves a string a few bytes at a time, like a slow pipe.
type chunkReader struct {
	data  string
	chunk int
	reads int
}

var _ io.Reader = (*chunkReader)(nil)

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := r.chunk
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.data) {
		n = len(r.data)
	}
	copy(p, r.data[:n])
	r.data = r.data[n:]
	r.reads++
	return n, nil
}

const poem = `The fog comes
on little cat feet.

It sits looking
over harbor and city
on silent haunches
and then moves on.`

type Stats struct {
	Lines, Blank, Words int
	Longest             string
	Freq                map[string]int
}

func lineStats(r io.Reader) (Stats, error) {
	st := Stats{Freq: map[string]int{}}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		st.Lines++
		if strings.TrimSpace(line) == "" {
			st.Blank++
		}
		if len(line) > len(st.Longest) {
			st.Longest = line
		}
	}
	return st, sc.Err()
}

func trimPunct(w string) string {
	rs := []rune(w)
	for len(rs) > 0 && unicode.IsPunct(rs[len(rs)-1]) {
		rs = rs[:len(rs)-1]
	}
	return string(rs)
}

func wordStats(r io.Reader, st *Stats) error {
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := strings.ToLower(trimPunct(sc.Text()))
		st.Words++
		st.Freq[w]++
	}
	return sc.Err()
}

func main() {
	src := &chunkReader{data: poem, chunk: 7}
	st, err := lineStats(src)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("lines=%d blank=%d reads=%d longest=%q\n", st.Lines, st.Blank, src.reads, st.Longest)
	if err := wordStats(&chunkReader{data: poem, chunk: 3}, &st); err != nil {
		fmt.Println("error:", err)
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range st.Freq {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	fmt.Printf("%d words, %d distinct\n", st.Words, len(list))
	for _, e := range list[:5] {
		fmt.Printf("  %-8s %d\n", e.w, e.n)
	}
	runes := bufio.NewScanner(&chunkReader{data: "héllo", chunk: 2})
	runes.Split(bufio.ScanRunes)
	var got []string
	for runes.Scan() {
		got = append(got, runes.Text())
	}
	fmt.Printf("%q\n", got)
}
