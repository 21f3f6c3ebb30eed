package main

import (
	"fmt"
	"strings"
)

func isVowel(r rune) bool {
	return strings.Contains("aeiouAEIOU", string(r))
}

func rot13(b []byte) {
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
}

func hexDump(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, len(b)*3)
	for i, c := range b {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, digits[c>>4], digits[c&0x0f])
	}
	return string(out)
}

func wordLengths(s string) []int {
	var lens []int
	n := 0
	for _, r := range s + " " {
		if r == ' ' {
			if n > 0 {
				lens = append(lens, n)
			}
			n = 0
			continue
		}
		n++
	}
	return lens
}

func main() {
	msg := []byte("Hello, Gopher!")
	rot13(msg)
	fmt.Println(string(msg))
	rot13(msg)
	fmt.Println(string(msg))
	fmt.Println(hexDump([]byte("Go\n")))

	vowels := 0
	for _, r := range "Programming in Go" {
		if isVowel(r) {
			vowels++
		}
	}
	fmt.Println("vowels", vowels)

	s := "naïve café"
	fmt.Println(len(s), len([]rune(s)), wordLengths(s))
	rs := []rune(s)
	rs[2] = 'i'
	fmt.Println(string(rs), s)
	bs := []byte(s)
	fmt.Println(len(bs), bs[2], bs[3])

	var r rune = 'Z'
	var b byte = 'Z'
	fmt.Printf("%T %T %v %v %c %c\n", r, b, r, b, r, b)
	fmt.Println(string(r) == string(b), r == rune(b))
	digit := '7'
	fmt.Println(digit-'0', int(digit-'0')*6)
	fmt.Println('a' < 'b', "a"[0] == 'a', 'é' > 200)

	upper := make([]rune, 0)
	for _, c := range "mixed Case 123" {
		if c >= 'a' && c <= 'z' {
			c -= 32
		}
		upper = append(upper, c)
	}
	fmt.Println(string(upper))

	b2 := append([]byte("abc"), "def"...)
	b2 = append(b2, '!')
	fmt.Println(string(b2), len(b2))
	fmt.Printf("%s %q %v\n", b2, b2[:3], b2[:2])
	counts := [26]int{}
	for _, c := range []byte("the quick brown fox jumps over the lazy dog") {
		if c != ' ' {
			counts[c-'a']++
		}
	}
	fmt.Println(counts)
}
