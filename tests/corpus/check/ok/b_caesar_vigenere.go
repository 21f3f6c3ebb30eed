// Classical ciphers behind a Cipher interface: Caesar via strings.Map,
// Vigenere with a key schedule, and frequency analysis to crack Caesar.
package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type Cipher interface {
	Encrypt(string) string
	Decrypt(string) string
}

type Caesar struct{ Shift int }

type Vigenere struct{ key []int }

var (
	_ Cipher = Caesar{}
	_ Cipher = (*Vigenere)(nil)
)

var ErrBadKey = errors.New("key must contain letters only")

func shiftRune(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func (c Caesar) Encrypt(s string) string {
	return strings.Map(func(r rune) rune { return shiftRune(r, c.Shift%26) }, s)
}
func (c Caesar) Decrypt(s string) string { return Caesar{26 - c.Shift%26}.Encrypt(s) }

func NewVigenere(key string) (*Vigenere, error) {
	if key == "" {
		return nil, fmt.Errorf("vigenere: %w (empty)", ErrBadKey)
	}
	v := &Vigenere{}
	for _, r := range key {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			return nil, fmt.Errorf("vigenere key %q: %w", key, ErrBadKey)
		}
		v.key = append(v.key, int(unicode.ToLower(r)-'a'))
	}
	return v, nil
}

func (v *Vigenere) apply(s string, sign int) string {
	i := 0
	return strings.Map(func(r rune) rune {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			return r
		}
		k := v.key[i%len(v.key)] * sign
		i++
		return shiftRune(r, k)
	}, s)
}

func (v *Vigenere) Encrypt(s string) string { return v.apply(s, 1) }
func (v *Vigenere) Decrypt(s string) string { return v.apply(s, -1) }

// crackCaesar picks the shift that makes 'e' the most frequent letter.
func crackCaesar(ct string) int {
	var freq [26]int
	for _, r := range strings.ToLower(ct) {
		if r >= 'a' && r <= 'z' {
			freq[r-'a']++
		}
	}
	best := 0
	for i, n := range freq {
		if n > freq[best] {
			best = i
		}
	}
	return (best - ('e' - 'a') + 26) % 26
}

func main() {
	msg := "Meet me near the tree by the sea at seven, Eve!"
	var ciphers []Cipher
	ciphers = append(ciphers, Caesar{3}, Caesar{29})
	for _, key := range []string{"Lemon", "", "k3y"} {
		v, err := NewVigenere(key)
		if errors.Is(err, ErrBadKey) {
			fmt.Println("skip:", err)
			continue
		}
		ciphers = append(ciphers, v)
	}
	for _, c := range ciphers {
		ct := c.Encrypt(msg)
		fmt.Printf("%-16T %q roundtrip=%t\n", c, ct, c.Decrypt(ct) == msg)
	}
	secret := Caesar{11}.Encrypt(msg)
	guess := crackCaesar(secret)
	fmt.Printf("cracked shift %d: %s\n", guess, Caesar{guess}.Decrypt(secret))
	if cz, ok := ciphers[1].(Caesar); ok {
		fmt.Printf("%+v %x\n", cz, cz.Encrypt("xyz"))
	}
}
