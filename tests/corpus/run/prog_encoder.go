package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func rle(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			b.WriteString(strconv.Itoa(j - i))
		}
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

func unrle(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		b.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return b.String()
}

type hnode struct {
	freq        int
	order       int
	sym         rune
	left, right *hnode
}

func huffman(s string) map[rune]string {
	freq := map[rune]int{}
	for _, r := range s {
		freq[r]++
	}
	var syms []rune
	for r := range freq {
		syms = append(syms, r)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	var nodes []*hnode
	for i, r := range syms {
		nodes = append(nodes, &hnode{freq: freq[r], order: i, sym: r})
	}
	next := len(nodes)
	for len(nodes) > 1 {
		sort.Slice(nodes, func(i, j int) bool {
			if nodes[i].freq != nodes[j].freq {
				return nodes[i].freq < nodes[j].freq
			}
			return nodes[i].order < nodes[j].order
		})
		a, b := nodes[0], nodes[1]
		nodes = append(nodes[2:], &hnode{freq: a.freq + b.freq, order: next, left: a, right: b})
		next++
	}
	codes := map[rune]string{}
	var walk func(n *hnode, prefix string)
	walk = func(n *hnode, prefix string) {
		if n == nil {
			return
		}
		if n.left == nil && n.right == nil {
			if prefix == "" {
				prefix = "0"
			}
			codes[n.sym] = prefix
			return
		}
		walk(n.left, prefix+"0")
		walk(n.right, prefix+"1")
	}
	if len(nodes) == 1 {
		walk(nodes[0], "")
	}
	return codes
}

func encode(s string, codes map[rune]string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(codes[r])
	}
	return b.String()
}

func decode(bits string, codes map[rune]string) string {
	rev := map[string]rune{}
	for r, c := range codes {
		rev[c] = r
	}
	var b strings.Builder
	cur := ""
	for _, c := range bits {
		cur += string(c)
		if r, ok := rev[cur]; ok {
			b.WriteRune(r)
			cur = ""
		}
	}
	return b.String()
}

func main() {
	for _, s := range []string{"aaabccddddde", "abc", "", "zzzzzzzzzzzz", "ééé日日x"} {
		enc := rle(s)
		fmt.Printf("rle %-14q -> %-10q back ok=%t\n", s, enc, unrle(enc) == s)
	}
	text := "abracadabra alakazam"
	codes := huffman(text)
	var syms []rune
	for r := range codes {
		syms = append(syms, r)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	for _, r := range syms {
		fmt.Printf("%q=%s ", r, codes[r])
	}
	fmt.Println()
	bits := encode(text, codes)
	fmt.Println(bits)
	fmt.Printf("bits=%d vs %d raw, ratio %.3f, roundtrip=%t\n", len(bits), len(text)*8,
		float64(len(bits))/float64(len(text)*8), decode(bits, codes) == text)
	single := huffman("xxxx")
	fmt.Println(single, encode("xxxx", single), len(huffman("")))
}
