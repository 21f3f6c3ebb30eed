package main

import "fmt"

func main() {
	// Every single-character escape in interpreted strings.
	simple := "bell\a backspace\b formfeed\f newline\n return\r tab\t vtab\v backslash\\ quote\""

	// Octal, hex, and unicode escapes.
	octal := "\000\101\177\377"
	hex := "\x00\x41\x7f\xff\xFF\xaB"
	u4 := "\u00e9\u4e16\uFFFD\u0041"
	u8 := "\U0001F600\U00000041\U0010FFFF"
	mixed := "caf\u00e9 \xe2\x82\xac \342\202\254 \U0001f30d"

	// A single quote needs no escape in strings; a double quote needs none in runes.
	single := "it's"
	dq := '"'

	// Rune literals: plain, multi-byte, and every escape form.
	runes := []rune{
		'a', 'ä', '本', '世', '😀',
		'\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'',
		'\000', '\007', '\377', '\x41', '\xff',
		'\u12e4', '\u00E9', '\U00101234', '\U0001F600',
	}

	// Empty string and strings with literal UTF-8.
	empty := ""
	utf8 := "日本語 ünïcödé ελληνικά"

	fmt.Println(simple, octal, hex, u4, u8, mixed, single, dq, runes, empty, utf8)
}
