// bufio.Scanner and bufio.Reader over a hand-written io.Reader that
// serves a string a few bytes at a time, with line and word splitting.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type chunkReader struct {
	data  string
	chunk int
	reads int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	n := c.chunk
	if n > len(p) {
		n = len(p)
	}
	if n > len(c.data) {
		n = len(c.data)
	}
	copy(p, c.data[:n])
	c.data = c.data[n:]
	c.reads++
	return n, nil
}

var _ io.Reader = (*chunkReader)(nil)

const text = "first line\nsecond  line has more words\n\nlast line without newline"

func countLines(r io.Reader) (lines, blank int, err error) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		lines++
		if strings.TrimSpace(sc.Text()) == "" {
			blank++
		}
	}
	return lines, blank, sc.Err()
}

func wordFreq(r io.Reader) map[string]int {
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	freq := map[string]int{}
	for sc.Scan() {
		freq[strings.ToLower(sc.Text())]++
	}
	return freq
}

func main() {
	cr := &chunkReader{data: text, chunk: 5}
	lines, blank, err := countLines(cr)
	fmt.Println("lines:", lines, "blank:", blank, "err:", err, "reads:", cr.reads)

	freq := wordFreq(&chunkReader{data: text, chunk: 3})
	fmt.Println("line:", freq["line"], "words:", len(freq))

	runes := bufio.NewScanner(&chunkReader{data: "héllo", chunk: 2})
	runes.Split(bufio.ScanRunes)
	var got []string
	for runes.Scan() {
		got = append(got, runes.Text())
	}
	fmt.Printf("%q\n", got)

	br := bufio.NewReader(&chunkReader{data: "k1=v1;k2=v2;tail", chunk: 4})
	for {
		part, err := br.ReadString(';')
		if part != "" {
			k, v, ok := strings.Cut(strings.TrimSuffix(part, ";"), "=")
			fmt.Printf("key=%q value=%q ok=%t\n", k, v, ok)
		}
		if err == io.EOF {
			break
		}
	}
	rr := bufio.NewReader(&chunkReader{data: "añb", chunk: 1})
	for {
		r, size, err := rr.ReadRune()
		if err != nil {
			break
		}
		fmt.Print(string(r), ":", size, " ")
	}
	fmt.Println()
}
