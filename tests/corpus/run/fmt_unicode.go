package main

import (
	"fmt"
	"strings"
	"unicode"
)

func classify(r rune) string {
	var tags []string
	if unicode.IsLetter(r) {
		tags = append(tags, "letter")
	}
	if unicode.IsDigit(r) {
		tags = append(tags, "digit")
	}
	if unicode.IsSpace(r) {
		tags = append(tags, "space")
	}
	if unicode.IsPunct(r) {
		tags = append(tags, "punct")
	}
	if unicode.IsUpper(r) {
		tags = append(tags, "upper")
	}
	if unicode.IsLower(r) {
		tags = append(tags, "lower")
	}
	if len(tags) == 0 {
		return "-"
	}
	return strings.Join(tags, ",")
}

func main() {
	s := "Go é ñ 世界 9!\t"
	fmt.Printf("%q bytes=%d runes=%d\n", s, len(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%2d %c %-8U %#U %-6d %-10q %s\n", i, r, r, r, r, r, classify(r))
	}
	fmt.Println()
	for i := 0; i < len("héllo"); i++ {
		fmt.Printf("%02x ", "héllo"[i])
	}
	fmt.Println()
	fmt.Printf("%c%c%c %c %c\n", 72, 105, 0x21, 0x263A, 'Ω')
	fmt.Printf("%U %U %#U %x\n", 'A', 0x1F680, 'ß', '€')
	fmt.Printf("[%5c] [%-5c] [%3c]\n", 'x', 'y', '世')
	fmt.Println()

	word := "Straße Ärger élan ÇA øÞ"
	up := []rune{}
	low := []rune{}
	for _, r := range word {
		up = append(up, unicode.ToUpper(r))
		low = append(low, unicode.ToLower(r))
	}
	fmt.Println(string(up), "|", string(low))
	fmt.Println(strings.ToUpper("hello, wörld"), strings.ToLower("ÀÉÎÕÜ"), strings.Title("go is fun"))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("é", "É"), strings.EqualFold("a", "b"))

	r := []rune("añb")
	fmt.Println(r, string(r[1]), len(string(r[1])), string(rune(65)), string([]rune{0x4e16, 0x754c}))
	bs := []byte("añb")
	fmt.Println(bs, len(bs), string(bs[1:3]))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("日本語", '語'), strings.IndexByte("golang", 'l'), strings.ContainsRune("abc", 'd'))
	invalid := string([]byte{0x61, 0xff, 0x62})
	for i, r := range invalid {
		fmt.Printf("%d:%U(%q) ", i, r, r)
	}
	fmt.Println(len([]rune(invalid)))
	var count [4]int
	for _, r := range "Hello, World 123!" {
		switch {
		case unicode.IsUpper(r):
			count[0]++
		case unicode.IsLower(r):
			count[1]++
		case unicode.IsDigit(r):
			count[2]++
		default:
			count[3]++
		}
	}
	fmt.Printf("upper=%d lower=%d digit=%d other=%d\n", count[0], count[1], count[2], count[3])
}
