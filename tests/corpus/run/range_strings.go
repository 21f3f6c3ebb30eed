package main

import (
	"fmt"
	"strings"
)

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func caesar(s string, shift int) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune('a' + (r-'a'+rune(shift))%26)
		case r >= 'A' && r <= 'Z':
			b.WriteRune('A' + (r-'A'+rune(shift))%26)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), runeCount(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		fmt.Printf("%d=%x ", i, s[i])
	}
	fmt.Println()
	fmt.Println(reverseRunes(s))
	fmt.Println(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), 23))

	bs := []byte("abc")
	for i, b := range bs {
		bs[i] = b - 32
	}
	fmt.Println(string(bs), bs)

	r := 'A'
	fmt.Println(r, string(r), r+1, string(r+2))
	fmt.Printf("%c %c %q %d\n", r, 0x4e16, 'x', 0x4e16)
	var by byte = 'z'
	fmt.Println(by, string(by))

	runes := []rune{72, 105, 0x1F600}
	fmt.Println(string(runes), len(string(runes)))

	word := "banana"
	freq := map[rune]int{}
	for _, c := range word {
		freq[c]++
	}
	fmt.Println(freq)

	sub := s[7:]
	fmt.Println(sub, len(sub))
	for _, r := range "\u00e9\t\\" {
		fmt.Printf("%q ", r)
	}
	fmt.Println()

	bad := string([]byte{0xff, 'a'})
	for i, r := range bad {
		fmt.Println(i, r, r == '\uFFFD')
	}
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("ÀÉÎ"))
}
