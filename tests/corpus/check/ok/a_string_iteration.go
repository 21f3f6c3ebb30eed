// Iterating strings by byte index and by rune, decoding UTF-8 by hand
// with unicode/utf8, and converting between string, []byte and []rune.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type RuneStat struct {
	Bytes, Runes, Multi int
	Widest              rune
}

func stats(s string) (st RuneStat) {
	st.Bytes = len(s)
	for _, r := range s {
		st.Runes++
		if utf8.RuneLen(r) > 1 {
			st.Multi++
		}
		if utf8.RuneLen(r) > utf8.RuneLen(st.Widest) {
			st.Widest = r
		}
	}
	return
}

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func decodeAll(s string) []string {
	var out []string
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		out = append(out, fmt.Sprintf("%c/%d", r, size))
		s = s[size:]
	}
	return out
}

func main() {
	words := []string{"plain", "naïve", "日本語", "emoji😀!", "\xffbad"}
	for _, w := range words {
		st := stats(w)
		fmt.Printf("%-10q bytes=%2d runes=%d multi=%d widest=%q valid=%t\n",
			w, st.Bytes, st.Runes, st.Multi, st.Widest, utf8.ValidString(w))
	}

	s := "héllo"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()

	fmt.Println(reverseRunes("résumé"), decodeAll("aé語"))
	last, size := utf8.DecodeLastRuneInString("añ")
	fmt.Println(string(last), size)

	b := []byte("abc")
	b = utf8.AppendRune(b, 'ß')
	buf := make([]byte, utf8.UTFMax)
	n := utf8.EncodeRune(buf, '€')
	b = append(b, buf[:n]...)
	fmt.Println(string(b), len(b), utf8.RuneCount(b), utf8.Valid(b))

	upperFirst := func(w string) string {
		r, sz := utf8.DecodeRuneInString(w)
		if r == utf8.RuneError {
			return w
		}
		return strings.ToUpper(string(r)) + w[sz:]
	}
	fmt.Println(upperFirst("élan"), upperFirst(""), utf8.ValidRune(0xD800), utf8.RuneSelf)

	var count [256]int
	for i := 0; i < len(s); i++ {
		count[s[i]]++
	}
	fmt.Println(count['l'], count[0xc3])
}
