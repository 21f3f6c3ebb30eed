package main

import "fmt"

type rng struct{ state uint32 }

func (r *rng) next() uint32 {
	r.state = r.state*1103515245 + 12345
	return (r.state >> 16) & 0x7fff
}

type node struct {
	key, prio   int
	size        int
	left, right *node
}

func size(n *node) int {
	if n == nil {
		return 0
	}
	return n.size
}

func update(n *node) { n.size = 1 + size(n.left) + size(n.right) }

func split(n *node, key int) (*node, *node) {
	if n == nil {
		return nil, nil
	}
	if n.key < key {
		l, r := split(n.right, key)
		n.right = l
		update(n)
		return n, r
	}
	l, r := split(n.left, key)
	n.left = r
	update(n)
	return l, n
}

func merge(a, b *node) *node {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	if a.prio > b.prio {
		a.right = merge(a.right, b)
		update(a)
		return a
	}
	b.left = merge(a, b.left)
	update(b)
	return b
}

type Treap struct {
	root *node
	r    rng
}

func (t *Treap) Contains(k int) bool {
	n := t.root
	for n != nil && n.key != k {
		if k < n.key {
			n = n.left
		} else {
			n = n.right
		}
	}
	return n != nil
}

func (t *Treap) Insert(k int) {
	if t.Contains(k) {
		return
	}
	l, r := split(t.root, k)
	t.root = merge(merge(l, &node{key: k, prio: int(t.r.next()), size: 1}), r)
}

func (t *Treap) Delete(k int) {
	l, r := split(t.root, k)
	_, r2 := split(r, k+1)
	t.root = merge(l, r2)
}

func (t *Treap) Kth(k int) (int, bool) {
	n := t.root
	for n != nil {
		ls := size(n.left)
		switch {
		case k < ls:
			n = n.left
		case k == ls:
			return n.key, true
		default:
			k -= ls + 1
			n = n.right
		}
	}
	return 0, false
}

func keys(n *node) []int {
	if n == nil {
		return nil
	}
	return append(append(keys(n.left), n.key), keys(n.right)...)
}

func depth(n *node) int {
	if n == nil {
		return 0
	}
	l, r := depth(n.left), depth(n.right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	t := &Treap{r: rng{42}}
	for _, k := range []int{50, 20, 80, 10, 30, 70, 90, 60, 40, 20, 55} {
		t.Insert(k)
	}
	fmt.Println(keys(t.root), "size", size(t.root))
	fmt.Println("root", t.root.key, "prio", t.root.prio, "depth", depth(t.root))
	for _, k := range []int{0, 3, 5, 10, 11} {
		v, ok := t.Kth(k)
		fmt.Printf("kth(%d)=%d,%t ", k, v, ok)
	}
	fmt.Println()
	t.Delete(50)
	t.Delete(10)
	t.Delete(12345)
	fmt.Println(keys(t.root), "size", size(t.root), t.Contains(50), t.Contains(60))
	big := &Treap{r: rng{7}}
	for i := 0; i < 2000; i++ {
		big.Insert((i * 37) % 2000)
	}
	m, _ := big.Kth(1000)
	fmt.Println("big size", size(big.root), "median", m, "depth", depth(big.root))
}
