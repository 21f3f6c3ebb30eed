// A Bloom filter with k hash functions derived from two FNV-1a variants,
// uint64 bit arithmetic, a Filter interface, and a false-positive estimate.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

type Filter interface {
	Add(key string)
	MayContain(key string) bool
}

type Bloom struct {
	bits []uint64
	m    uint64 // number of bits
	k    int
	n    int
}

var _ Filter = (*Bloom)(nil)

var ErrParams = errors.New("invalid bloom parameters")

// NewBloom sizes the filter for n items at false-positive rate p.
func NewBloom(n int, p float64) (*Bloom, error) {
	if n <= 0 || p <= 0 || p >= 1 {
		return nil, fmt.Errorf("n=%d p=%g: %w", n, p, ErrParams)
	}
	m := math.Ceil(-float64(n) * math.Log(p) / (math.Ln2 * math.Ln2))
	k := int(math.Round(m / float64(n) * math.Ln2))
	if k < 1 {
		k = 1
	}
	words := (uint64(m) + 63) / 64
	return &Bloom{bits: make([]uint64, words), m: words * 64, k: k}, nil
}

func fnv1a(s string, seed uint64) uint64 {
	h := uint64(14695981039346656037) ^ seed
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func (b *Bloom) positions(key string) []uint64 {
	h1, h2 := fnv1a(key, 0), fnv1a(key, 0x9e3779b97f4a7c15)|1
	pos := make([]uint64, b.k)
	for i := range pos {
		pos[i] = (h1 + uint64(i)*h2) % b.m
	}
	return pos
}

func (b *Bloom) Add(key string) {
	for _, p := range b.positions(key) {
		b.bits[p/64] |= 1 << (p % 64)
	}
	b.n++
}

func (b *Bloom) MayContain(key string) bool {
	for _, p := range b.positions(key) {
		if b.bits[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}

func (b *Bloom) FillRatio() float64 {
	set := 0
	for _, w := range b.bits {
		for ; w != 0; w &= w - 1 {
			set++
		}
	}
	return float64(set) / float64(b.m)
}

func (b *Bloom) ExpectedFP() float64 {
	return math.Pow(1-math.Exp(-float64(b.k)*float64(b.n)/float64(b.m)), float64(b.k))
}

func main() {
	if _, err := NewBloom(0, 0.5); errors.Is(err, ErrParams) {
		fmt.Println("rejected:", err)
	}
	b, err := NewBloom(500, 0.01)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i := 0; i < 500; i++ {
		b.Add("user-" + strconv.Itoa(i))
	}
	missing := 0
	for i := 0; i < 500; i++ {
		if !b.MayContain("user-" + strconv.Itoa(i)) {
			missing++
		}
	}
	fp := 0
	const probes = 10000
	for i := 0; i < probes; i++ {
		if b.MayContain("visitor-" + strconv.Itoa(i)) {
			fp++
		}
	}
	var f Filter = b
	fmt.Printf("m=%d bits k=%d n=%d fill=%5.2f\n", b.m, b.k, b.n, b.FillRatio())
	fmt.Printf("false negatives=%d false positives=%d/%d (%.2f%%, expected %.2f%%)\n",
		missing, fp, probes, 100*float64(fp)/probes, 100*b.ExpectedFP())
	fmt.Printf("%T has user-7: %t, hash %x\n", f, f.MayContain("user-7"), fnv1a("gomini", 0))
}
