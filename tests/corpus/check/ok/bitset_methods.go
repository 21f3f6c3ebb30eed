// A bit set over []uint64 with methods, shifts and masks, and a
// String method that ranges over the set bits.
package main

import (
	"fmt"
	"strings"
)

type BitSet struct{ words []uint64 }

const wordBits = 64

func (b *BitSet) Add(i uint) {
	w := i / wordBits
	for uint(len(b.words)) <= w {
		b.words = append(b.words, 0)
	}
	b.words[w] |= 1 << (i % wordBits)
}

func (b *BitSet) Has(i uint) bool {
	w := i / wordBits
	return w < uint(len(b.words)) && b.words[w]&(1<<(i%wordBits)) != 0
}

func (b *BitSet) Remove(i uint) {
	if w := i / wordBits; w < uint(len(b.words)) {
		b.words[w] &^= 1 << (i % wordBits)
	}
}

func (b *BitSet) Union(o *BitSet) {
	for i, w := range o.words {
		if i < len(b.words) {
			b.words[i] |= w
		} else {
			b.words = append(b.words, w)
		}
	}
}

func (b *BitSet) String() string {
	var parts []string
	for wi, w := range b.words {
		for bit := uint(0); bit < wordBits; bit++ {
			if w>>bit&1 == 1 {
				parts = append(parts, fmt.Sprint(uint(wi)*wordBits+bit))
			}
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	var a, b BitSet
	for _, i := range []uint{1, 3, 64, 130} {
		a.Add(i)
	}
	b.Add(2)
	b.Add(200)
	a.Remove(3)
	a.Union(&b)
	fmt.Println(a.String(), a.Has(64), a.Has(3), len(a.words))
}
