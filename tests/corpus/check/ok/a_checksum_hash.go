// Unsigned fixed-width arithmetic for checksums: an FNV-1a style hash,
// an Adler-style checksum and a parity byte, all relying on wraparound.
package main

import (
	"errors"
	"fmt"
	"strings"
)

const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
	adlerMod         = 65521
)

type Checksummer interface {
	Sum(data []byte) uint32
	Name() string
}

type fnv struct{}
type adler struct{}
type parity struct{ seed byte }

func (fnv) Sum(data []byte) uint32 {
	h := fnvOffset
	for _, b := range data {
		h ^= uint32(b)
		h *= fnvPrime
	}
	return h
}
func (fnv) Name() string { return "fnv1a" }

func (adler) Sum(data []byte) uint32 {
	var a, b uint32 = 1, 0
	for _, c := range data {
		a = (a + uint32(c)) % adlerMod
		b = (b + a) % adlerMod
	}
	return b<<16 | a
}
func (adler) Name() string { return "adler" }

func (p parity) Sum(data []byte) uint32 {
	x := p.seed
	for _, c := range data {
		x ^= c
	}
	return uint32(x)
}
func (p parity) Name() string { return fmt.Sprintf("parity(%#02x)", p.seed) }

var errMismatch = errors.New("checksum mismatch")

func verify(c Checksummer, data []byte, want uint32) error {
	if got := c.Sum(data); got != want {
		return fmt.Errorf("%s: got %08x want %08x: %w", c.Name(), got, want, errMismatch)
	}
	return nil
}

func main() {
	algos := []Checksummer{fnv{}, adler{}, parity{seed: 0x5a}}
	inputs := []string{"", "a", "hello, world", strings.Repeat("xyz", 100)}
	sums := map[string][]uint32{}
	for _, in := range inputs {
		for _, a := range algos {
			sums[a.Name()] = append(sums[a.Name()], a.Sum([]byte(in)))
		}
	}
	for _, a := range algos {
		fmt.Printf("%-12s", a.Name())
		for _, s := range sums[a.Name()] {
			fmt.Printf(" %08x", s)
		}
		fmt.Println()
	}
	data := []byte("payload")
	good := adler{}.Sum(data)
	fmt.Println(verify(adler{}, data, good))
	data[0] ^= 0x20
	err := verify(adler{}, data, good)
	fmt.Println(err, errors.Is(err, errMismatch))
	var total uint8
	for i := 0; i < 300; i++ {
		total += uint8(i)
	}
	fmt.Println("uint8 sum of 0..299:", total)
}
