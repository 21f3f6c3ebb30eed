package main

import (
	"fmt"
	"sort"
	"strings"
)

type TrieNode struct {
	children map[rune]*TrieNode
	end      bool
	count    int
}

type Trie struct {
	root  *TrieNode
	words int
}

func NewTrie() *Trie { return &Trie{root: &TrieNode{children: map[rune]*TrieNode{}}} }

func (t *Trie) Insert(w string) bool {
	n := t.root
	for _, r := range w {
		child, ok := n.children[r]
		if !ok {
			child = &TrieNode{children: map[rune]*TrieNode{}}
			n.children[r] = child
		}
		child.count++
		n = child
	}
	if n.end {
		return false
	}
	n.end = true
	t.words++
	return true
}

func (t *Trie) find(prefix string) *TrieNode {
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

func (t *Trie) Contains(w string) bool {
	n := t.find(w)
	return n != nil && n.end
}

func (t *Trie) WithPrefix(prefix string) []string {
	var out []string
	var walk func(n *TrieNode, acc []rune)
	walk = func(n *TrieNode, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(acc, r))
		}
	}
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func (t *Trie) LongestCommonPrefix() string {
	var b strings.Builder
	n := t.root
	for len(n.children) == 1 && !n.end {
		for r, c := range n.children {
			b.WriteRune(r)
			n = c
		}
	}
	return b.String()
}

func main() {
	t := NewTrie()
	words := strings.Fields("car card care careful cart cat dog dodge door do card café")
	for _, w := range words {
		if !t.Insert(w) {
			fmt.Println("duplicate:", w)
		}
	}
	fmt.Println("words:", t.words)
	for _, w := range []string{"car", "ca", "careful", "carefully", "do", "", "café", "cafe"} {
		fmt.Printf("%q:%t ", w, t.Contains(w))
	}
	fmt.Println()
	for _, p := range []string{"car", "do", "ca", "x", "caf", ""} {
		fmt.Printf("%-4q %v\n", p, t.WithPrefix(p))
	}
	if n := t.find("car"); n != nil {
		fmt.Println("words through 'car':", n.count)
	}
	t2 := NewTrie()
	for _, w := range []string{"interview", "internet", "internal", "interval"} {
		t2.Insert(w)
	}
	fmt.Printf("lcp=%q\n", t2.LongestCommonPrefix())
	t2.Insert("in")
	fmt.Printf("lcp=%q\n", t2.LongestCommonPrefix())
	fmt.Printf("lcp=%q\n", NewTrie().LongestCommonPrefix())
}
