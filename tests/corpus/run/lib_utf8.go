package main

import (
	"fmt"
	"unicode/utf8"
)

func label(r rune) string {
	if r < 0 {
		return fmt.Sprintf("rune(%d)", r)
	}
	return fmt.Sprintf("%U", r)
}

func main() {
	s := "aé日😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for _, r := range []rune{'a', 'é', '日', '😀', -1, 0x10FFFF, 0x110000, 0xD800, 0xFFFD} {
		fmt.Printf("%-8s len=%d valid=%t\n", label(r), utf8.RuneLen(r), utf8.ValidRune(r))
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("at %d: %c size %d start=%t\n", i, r, size, utf8.RuneStart(s[i]))
		i += size
	}
	for i := 0; i < len(s); i++ {
		fmt.Print(utf8.RuneStart(s[i]), " ")
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("")
	fmt.Printf("empty: %U %d\n", r, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Printf("invalid: %U %d\n", r, size)
	r, size = utf8.DecodeRuneInString("\xe6\x97")
	fmt.Printf("truncated: %U %d\n", r, size)
	r, size = utf8.DecodeRune([]byte("€uro"))
	fmt.Printf("bytes: %c %d\n", r, size)
	r, size = utf8.DecodeRune(nil)
	fmt.Printf("nil: %U %d\n", r, size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Printf("last: %c %d\n", r, size)
	r, size = utf8.DecodeLastRuneInString("abc\xff")
	fmt.Printf("last invalid: %U %d\n", r, size)
	r, size = utf8.DecodeLastRuneInString("")
	fmt.Printf("last empty: %U %d\n", r, size)

	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.ValidString(""), utf8.ValidString("\xed\xa0\x80"))
	fmt.Println(utf8.Valid([]byte(s)), utf8.Valid([]byte{0xc0, 0x80}), utf8.Valid([]byte{0xf4, 0x90, 0x80, 0x80}))
	fmt.Println(utf8.RuneCountInString("a\xffb\xe6\x97"), utf8.RuneCount([]byte{0xe6, 0x97, 0xa5}))

	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'ß', '€', '𝄞', -5, 0xDFFF} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%s -> % x (%d)\n", label(r), buf[:n], n)
	}
	var out []byte
	for _, r := range "héllo" {
		tmp := make([]byte, utf8.RuneLen(r))
		utf8.EncodeRune(tmp, r)
		out = append(out, tmp...)
	}
	fmt.Println(string(out), len(out))

	rev := func(in string) string {
		b := []byte(in)
		res := make([]byte, 0, len(b))
		for len(b) > 0 {
			_, size := utf8.DecodeLastRuneInString(string(b))
			res = append(res, b[len(b)-size:]...)
			b = b[:len(b)-size]
		}
		return string(res)
	}
	fmt.Println(rev(s), rev("Hello, 世界"))
	truncate := func(in string, n int) string {
		if utf8.RuneCountInString(in) <= n {
			return in
		}
		i, count := 0, 0
		for count < n {
			_, sz := utf8.DecodeRuneInString(in[i:])
			i += sz
			count++
		}
		return in[:i] + "…"
	}
	fmt.Println(truncate("日本語のテキスト", 3), truncate("short", 10), truncate("héllo", 2))
}
