// A rune trie for autocompletion: insert with frequency counts, prefix
// walks with a recursive closure, ranking with sort.Slice and deletion.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

type node struct {
	children map[rune]*node
	count    int
}

type Trie struct {
	root  *node
	words int
}

func NewTrie() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }

func (t *Trie) Insert(word string) {
	n := t.root
	for _, r := range strings.ToLower(word) {
		child, ok := n.children[r]
		if !ok {
			child = &node{children: map[rune]*node{}}
			n.children[r] = child
		}
		n = child
	}
	if n.count == 0 {
		t.words++
	}
	n.count++
}

func (t *Trie) find(prefix string) *node {
	n := t.root
	for _, r := range prefix {
		next, ok := n.children[r]
		if !ok {
			return nil
		}
		n = next
	}
	return n
}

type Suggestion struct {
	Word  string
	Count int
}

func (s Suggestion) String() string { return fmt.Sprintf("%s(%d)", s.Word, s.Count) }

var _ fmt.Stringer = Suggestion{}

func (t *Trie) Complete(prefix string, limit int) []Suggestion {
	start := t.find(prefix)
	if start == nil {
		return nil
	}
	var out []Suggestion
	var walk func(n *node, path []rune)
	walk = func(n *node, path []rune) {
		if n.count > 0 {
			out = append(out, Suggestion{string(path), n.count})
		}
		for r, c := range n.children {
			walk(c, append(path, r))
		}
	}
	walk(start, []rune(prefix))
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Word < out[j].Word
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

func (t *Trie) Delete(word string) bool {
	n := t.find(word)
	if n == nil || n.count == 0 {
		return false
	}
	n.count = 0
	t.words--
	return true
}

func main() {
	text := `go gopher golang good goal go gone gopher go garden gate über übung
	gopher goal gate gate gamma góra`
	t := NewTrie()
	for _, w := range strings.Fields(text) {
		t.Insert(w)
	}
	fmt.Printf("%d distinct words\n", t.words)
	for _, p := range []string{"go", "ga", "üb", "x", "gó"} {
		s := t.Complete(p, 4)
		fmt.Printf("%-3q (%d runes) -> %v\n", p, utf8.RuneCountInString(p), s)
	}
	fmt.Println(t.Delete("gopher"), t.Delete("gopher"), t.Delete("nope"))
	fmt.Println(t.Complete("gop", 3), t.words)
	var st fmt.Stringer = Suggestion{"x", 1}
	if sg, ok := st.(Suggestion); ok {
		fmt.Printf("%+v %T\n", sg, st)
	}
}
