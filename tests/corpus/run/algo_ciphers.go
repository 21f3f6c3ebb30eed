package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + rune((int(r-'a')+k%26+26)%26)
	case r >= 'A' && r <= 'Z':
		return 'A' + rune((int(r-'A')+k%26+26)%26)
	}
	return r
}

func caesar(s string, k int) string {
	var sb strings.Builder
	for _, r := range s {
		sb.WriteRune(shift(r, k))
	}
	return sb.String()
}

type Vigenere struct {
	key []int
}

func NewVigenere(key string) (*Vigenere, error) {
	if key == "" {
		return nil, errors.New("empty key")
	}
	v := &Vigenere{}
	for _, r := range key {
		if !unicode.IsLetter(r) {
			return nil, fmt.Errorf("invalid key character %q", r)
		}
		v.key = append(v.key, int(unicode.ToLower(r)-'a'))
	}
	return v, nil
}

func (v *Vigenere) apply(s string, sign int) string {
	out := make([]rune, 0, len(s))
	i := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			out = append(out, shift(r, sign*v.key[i%len(v.key)]))
			i++
		} else {
			out = append(out, r)
		}
	}
	return string(out)
}

func (v *Vigenere) Encrypt(s string) string { return v.apply(s, 1) }
func (v *Vigenere) Decrypt(s string) string { return v.apply(s, -1) }

// crack guesses a caesar key by assuming 'e' is the most common letter.
func crack(cipher string) int {
	var counts [26]int
	for _, r := range strings.ToLower(cipher) {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	best := 0
	for i, c := range counts {
		if c > counts[best] {
			best = i
		}
	}
	return (best - ('e' - 'a') + 26) % 26
}

func main() {
	msg := "The Quick Brown Fox Jumps Over The Lazy Dog!"
	for _, k := range []int{1, 3, 13, 25, -3, 52} {
		enc := caesar(msg, k)
		fmt.Printf("k=%3d %s | back: %v\n", k, enc, caesar(enc, -k) == msg)
	}
	fmt.Println("rot13 twice:", caesar(caesar("Hello, World", 13), 13))

	for _, key := range []string{"LEMON", "key", "", "b4d"} {
		v, err := NewVigenere(key)
		if err != nil {
			fmt.Printf("key %q: error: %v\n", key, err)
			continue
		}
		enc := v.Encrypt("Attack at dawn, retreat at dusk.")
		fmt.Printf("key %-7q enc=%q dec=%q\n", key, enc, v.Decrypt(enc))
	}

	secret := caesar("meet me near the eastern gate when the clock strikes seven", 7)
	guess := crack(secret)
	fmt.Println("cipher:", secret)
	fmt.Println("guessed key:", guess, "plain:", caesar(secret, -guess))
}
