// Huffman coding: symbol frequencies, a tree of interface-typed nodes
// built with a hand-written min-heap, a code table, and encode/decode.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Node interface {
	Weight() int
}

type Leaf struct {
	Sym   rune
	Count int
}

type Branch struct {
	Left, Right Node
	W           int
}

func (l Leaf) Weight() int    { return l.Count }
func (b *Branch) Weight() int { return b.W }

var _, _ Node = Leaf{}, (*Branch)(nil)

type heap []Node

func (h *heap) push(n Node) {
	*h = append(*h, n)
	for i := len(*h) - 1; i > 0; {
		p := (i - 1) / 2
		if (*h)[p].Weight() <= (*h)[i].Weight() {
			break
		}
		(*h)[p], (*h)[i] = (*h)[i], (*h)[p]
		i = p
	}
}

func (h *heap) pop() Node {
	old := *h
	top, last := old[0], len(old)-1
	old[0] = old[last]
	*h = old[:last]
	for i := 0; ; {
		s := i
		for _, c := range []int{2*i + 1, 2*i + 2} {
			if c < last && (*h)[c].Weight() < (*h)[s].Weight() {
				s = c
			}
		}
		if s == i {
			return top
		}
		(*h)[i], (*h)[s] = (*h)[s], (*h)[i]
		i = s
	}
}

func Build(text string) (Node, error) {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	if len(freq) == 0 {
		return nil, errors.New("huffman: empty input")
	}
	syms := make([]rune, 0, len(freq))
	for r := range freq {
		syms = append(syms, r)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	h := &heap{}
	for _, r := range syms {
		h.push(Leaf{r, freq[r]})
	}
	for len(*h) > 1 {
		a, b := h.pop(), h.pop()
		h.push(&Branch{a, b, a.Weight() + b.Weight()})
	}
	return h.pop(), nil
}

func Codes(n Node) map[rune]string {
	codes := map[rune]string{}
	var walk func(Node, string)
	walk = func(n Node, prefix string) {
		switch v := n.(type) {
		case Leaf:
			if prefix == "" {
				prefix = "0"
			}
			codes[v.Sym] = prefix
		case *Branch:
			walk(v.Left, prefix+"0")
			walk(v.Right, prefix+"1")
		}
	}
	walk(n, "")
	return codes
}

func Decode(root Node, bits string) (string, error) {
	var sb strings.Builder
	n := root
	for i, b := range bits {
		br, ok := n.(*Branch)
		if !ok {
			return "", fmt.Errorf("bit %d: tree has a single leaf", i)
		}
		if b == '0' {
			n = br.Left
		} else {
			n = br.Right
		}
		if leaf, ok := n.(Leaf); ok {
			sb.WriteRune(leaf.Sym)
			n = root
		}
	}
	return sb.String(), nil
}

func main() {
	text := "abracadabra alakazam"
	root, err := Build(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	codes := Codes(root)
	var enc strings.Builder
	for _, r := range text {
		enc.WriteString(codes[r])
	}
	fmt.Printf("%q\n", codes)
	dec, err := Decode(root, enc.String())
	fmt.Printf("%d bits vs %d, ratio %5.2f, roundtrip=%t err=%v\n", enc.Len(), len(text)*8, float64(enc.Len())/float64(len(text)*8), dec == text, err)
	_, err = Build("")
	fmt.Println(err, root.Weight())
}
