package main

import (
	"fmt"
	"strings"
)

type BitSet struct {
	words []uint64
}

func (b *BitSet) grow(n int) {
	for len(b.words) <= n {
		b.words = append(b.words, 0)
	}
}

func (b *BitSet) Add(i int) *BitSet {
	b.grow(i / 64)
	b.words[i/64] |= 1 << (uint(i) % 64)
	return b
}

func (b *BitSet) Remove(i int) {
	if i/64 < len(b.words) {
		b.words[i/64] &^= 1 << (uint(i) % 64)
	}
}

func (b *BitSet) Has(i int) bool {
	return i/64 < len(b.words) && b.words[i/64]&(1<<(uint(i)%64)) != 0
}

func (b *BitSet) Len() int {
	n := 0
	for _, w := range b.words {
		for w != 0 {
			w &= w - 1
			n++
		}
	}
	return n
}

func (b *BitSet) combine(o *BitSet, f func(x, y uint64) uint64) *BitSet {
	n := len(b.words)
	if len(o.words) > n {
		n = len(o.words)
	}
	r := &BitSet{words: make([]uint64, n)}
	for i := 0; i < n; i++ {
		var x, y uint64
		if i < len(b.words) {
			x = b.words[i]
		}
		if i < len(o.words) {
			y = o.words[i]
		}
		r.words[i] = f(x, y)
	}
	return r
}

func (b *BitSet) Union(o *BitSet) *BitSet {
	return b.combine(o, func(x, y uint64) uint64 { return x | y })
}
func (b *BitSet) Intersect(o *BitSet) *BitSet {
	return b.combine(o, func(x, y uint64) uint64 { return x & y })
}
func (b *BitSet) Difference(o *BitSet) *BitSet {
	return b.combine(o, func(x, y uint64) uint64 { return x &^ y })
}
func (b *BitSet) SymDiff(o *BitSet) *BitSet {
	return b.combine(o, func(x, y uint64) uint64 { return x ^ y })
}

func (b *BitSet) Elems() []int {
	var out []int
	for wi, w := range b.words {
		for bit := 0; bit < 64; bit++ {
			if w&(1<<uint(bit)) != 0 {
				out = append(out, wi*64+bit)
			}
		}
	}
	return out
}

func (b BitSet) String() string {
	parts := []string{}
	for _, e := range b.Elems() {
		parts = append(parts, fmt.Sprint(e))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func main() {
	a := &BitSet{}
	a.Add(1).Add(3).Add(5).Add(64).Add(130)
	b := &BitSet{}
	for _, x := range []int{3, 4, 5, 63, 64, 200} {
		b.Add(x)
	}
	fmt.Println("a =", a, "len", a.Len())
	fmt.Println("b =", b, "len", b.Len())
	fmt.Println("a|b =", a.Union(b))
	fmt.Println("a&b =", a.Intersect(b))
	fmt.Println("a-b =", a.Difference(b))
	fmt.Println("a^b =", a.SymDiff(b))
	fmt.Println(a.Has(64), a.Has(65), a.Has(10000), len(a.words), len(b.words))
	a.Remove(64)
	a.Remove(9999)
	fmt.Println(*a, a.Len())
	fmt.Printf("%x\n", a.words)
	primes := &BitSet{}
	for i := 2; i < 100; i++ {
		primes.Add(i)
	}
	for i := 2; i*i < 100; i++ {
		if primes.Has(i) {
			for j := i * i; j < 100; j += i {
				primes.Remove(j)
			}
		}
	}
	fmt.Println(primes.Len(), primes)
	var empty BitSet
	fmt.Println(empty, empty.Len(), empty.Has(0))
}
