// A bit set over []uint64 words: set algebra with value and pointer
// receivers, popcount by hand, hex dumps with %x, and a sieve of primes.
package main

import (
	"fmt"
	"strings"
)

var _ fmt.Stringer = BitSet{}

type BitSet struct {
	words []uint64
}

func (b *BitSet) grow(i int) {
	for len(b.words) <= i/64 {
		b.words = append(b.words, 0)
	}
}

func (b *BitSet) Set(i int) *BitSet {
	b.grow(i)
	b.words[i/64] |= 1 << uint(i%64)
	return b
}

func (b *BitSet) Clear(i int) {
	if i/64 < len(b.words) {
		b.words[i/64] &^= 1 << uint(i%64)
	}
}

func (b BitSet) Has(i int) bool {
	return i/64 < len(b.words) && b.words[i/64]&(1<<uint(i%64)) != 0
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func (b BitSet) Count() int {
	n := 0
	for _, w := range b.words {
		n += popcount(w)
	}
	return n
}

func combine(a, b BitSet, op func(x, y uint64) uint64) BitSet {
	n := len(a.words)
	if len(b.words) > n {
		n = len(b.words)
	}
	out := BitSet{words: make([]uint64, n)}
	for i := range out.words {
		var x, y uint64
		if i < len(a.words) {
			x = a.words[i]
		}
		if i < len(b.words) {
			y = b.words[i]
		}
		out.words[i] = op(x, y)
	}
	return out
}

func (b BitSet) Union(o BitSet) BitSet {
	return combine(b, o, func(x, y uint64) uint64 { return x | y })
}
func (b BitSet) Intersect(o BitSet) BitSet {
	return combine(b, o, func(x, y uint64) uint64 { return x & y })
}
func (b BitSet) Minus(o BitSet) BitSet {
	return combine(b, o, func(x, y uint64) uint64 { return x &^ y })
}

func (b BitSet) Members() []int {
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
	parts := make([]string, len(b.words))
	for i, w := range b.words {
		parts[len(b.words)-1-i] = fmt.Sprintf("%016x", w)
	}
	return "0x" + strings.Join(parts, "_")
}

func sieve(n int) *BitSet {
	composite := &BitSet{}
	composite.Set(0).Set(1)
	for i := 2; i*i <= n; i++ {
		if !composite.Has(i) {
			for j := i * i; j <= n; j += i {
				composite.Set(j)
			}
		}
	}
	primes := &BitSet{}
	for i := 0; i <= n; i++ {
		if !composite.Has(i) {
			primes.Set(i)
		}
	}
	return primes
}

func main() {
	evens, threes := &BitSet{}, &BitSet{}
	for i := 0; i < 100; i += 2 {
		evens.Set(i)
	}
	for i := 0; i < 100; i += 3 {
		threes.Set(i)
	}
	six := evens.Intersect(*threes)
	fmt.Println("multiples of 6:", six.Members(), six.Count())
	fmt.Println("evens or threes:", evens.Union(*threes).Count(), "evens not threes:", evens.Minus(*threes).Count())
	p := sieve(130)
	fmt.Printf("%d primes <= 130, last bits %v\n", p.Count(), p)
	p.Clear(2)
	fmt.Printf("has 2=%t has 127=%t has 1000=%t\n", p.Has(2), p.Has(127), p.Has(1000))
	var s fmt.Stringer = six
	fmt.Printf("%T %s %x\n", s, s, uint64(0xdeadbeef))
}
