package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

func lines(s string) []string {
	sc := bufio.NewScanner(strings.NewReader(s))
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

func words(s string) []string {
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(bufio.ScanWords)
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

func runes(s string) []string {
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(bufio.ScanRunes)
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

func main() {
	for _, in := range []string{"a\nb\nc", "a\nb\nc\n", "a\r\nb\r\n", "\n\n", "", "no newline", "x\n\ny", "cr\rmiddle\n", "trail\r"} {
		fmt.Printf("lines %-16q -> %d %q\n", in, len(lines(in)), lines(in))
	}
	for _, in := range []string{"  hello   world  ", "", "   ", "tab\tsep\nnew line", "a\u00a0b c\u3000d", "one"} {
		fmt.Printf("words %-20q -> %d %q\n", in, len(words(in)), words(in))
	}
	fmt.Printf("%q\n", runes("añ日\xffz"))
	fmt.Println(len(runes("")))

	text := `the cat sat on the mat
the dog sat on the log
a cat and a dog`
	freq := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		freq[sc.Text()]++
		total++
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range freq {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	fmt.Println("total words:", total, "distinct:", len(list))
	for _, e := range list[:5] {
		fmt.Printf("%-4s %d\n", e.w, e.n)
	}
	lineNo := 0
	sc = bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		lineNo++
		fmt.Printf("%2d: %-24s (%d words)\n", lineNo, sc.Text(), len(strings.Fields(sc.Text())))
	}
	fmt.Println("lines:", lineNo)
}
