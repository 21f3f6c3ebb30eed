// range over a string yields runes and byte offsets; utf8 and unicode
// helpers; building strings with strings.Builder.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func caesar(s string, shift rune) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			b.WriteRune('a' + (r-'a'+shift)%26)
		case unicode.IsUpper(r):
			b.WriteRune('A' + (r-'A'+shift)%26)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	s := "Grüße, 世界!"
	for i, r := range s {
		fmt.Printf("%2d %q %d\n", i, r, utf8.RuneLen(r))
	}
	fmt.Println(len(s), utf8.RuneCountInString(s))
	r, size := utf8.DecodeRuneInString(s[2:])
	fmt.Println(string(r), size, utf8.ValidString(s[:3]))
	fmt.Println(caesar("Hello, World", 3))
	fmt.Println(reverseRunes(s))
	count := 0
	for range s {
		count++
	}
	fmt.Println(count, strings.Count(s, ""), strings.IndexRune(s, '世'))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '界')
	fmt.Println(buf, utf8.FullRune(buf[:1]))
}
