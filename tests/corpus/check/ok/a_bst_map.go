// A binary search tree keyed by string: recursive insert with pointer
// to pointer, in-order traversal via closure, height and range queries.
package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	root  *tnode
	count int
}

type tnode struct {
	key         string
	val         int
	left, right *tnode
}

func (t *Tree) Put(k string, v int) (replaced bool) {
	p := &t.root
	for *p != nil {
		switch n := *p; {
		case k < n.key:
			p = &n.left
		case k > n.key:
			p = &n.right
		default:
			n.val = v
			return true
		}
	}
	*p = &tnode{key: k, val: v}
	t.count++
	return false
}

func (t *Tree) Get(k string) (int, bool) {
	n := t.root
	for n != nil && n.key != k {
		if k < n.key {
			n = n.left
		} else {
			n = n.right
		}
	}
	if n == nil {
		return 0, false
	}
	return n.val, true
}

func (t *Tree) Walk(visit func(k string, v int)) {
	var rec func(*tnode)
	rec = func(n *tnode) {
		if n == nil {
			return
		}
		rec(n.left)
		visit(n.key, n.val)
		rec(n.right)
	}
	rec(t.root)
}

func height(n *tnode) int {
	if n == nil {
		return 0
	}
	l, r := height(n.left), height(n.right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Range(lo, hi string) []string {
	var out []string
	t.Walk(func(k string, _ int) {
		if k >= lo && k < hi {
			out = append(out, k)
		}
	})
	return out
}

func main() {
	var t Tree
	text := "the quick brown fox jumps over the lazy dog the end"
	for _, w := range strings.Fields(text) {
		if old, ok := t.Get(w); ok {
			t.Put(w, old+1)
			continue
		}
		t.Put(w, 1)
	}
	var b strings.Builder
	t.Walk(func(k string, v int) { fmt.Fprintf(&b, "%s:%d ", k, v) })
	fmt.Println(b.String())
	fmt.Println("nodes:", t.count, "height:", height(t.root))
	fmt.Println("d..p:", t.Range("d", "p"))
	v, ok := t.Get("cat")
	fmt.Println(v, ok, t.Put("fox", 10))
	fv, _ := t.Get("fox")
	fmt.Println("fox:", fv)
}
