package main

import (
	"fmt"
	"strconv"
)

type Label string

func main() {
	samples := []string{
		"plain",
		"with \"quotes\"",
		"tab\there",
		"newline\nand\rreturn",
		"back\\slash",
		"bell\a and nul\x00",
		"héllo wörld",
		"日本語",
		"emoji 🎉",
		"\x7f\x1b[0m",
		"",
		"`backtick`",
		"invalid \xff byte",
	}
	for _, s := range samples {
		fmt.Printf("%-22q %-30s %+q\n", s, strconv.Quote(s), s)
	}
	fmt.Println()
	for _, s := range []string{"simple", "has\"quote", "has`tick", "multi\nline", "日本"} {
		fmt.Printf("%#q | %q\n", s, s)
	}
	fmt.Println()
	runes := []rune{'a', '\'', '"', '\n', '\t', 'é', '世', 0, '\x7f', 0x1F600}
	for _, r := range runes {
		fmt.Printf("%q %+q %d %U\n", r, r, r, r)
	}
	fmt.Println()
	fmt.Printf("%q\n", []string{"a b", "c\"d", ""})
	fmt.Printf("%q\n", Label("named\ttype"))
	fmt.Printf("%q %q\n", 65, 0x4E16)
	fmt.Printf("%10q|%-10q|\n", "pad", "pad")
	fmt.Printf("%.3q\n", "truncated string")
	fmt.Printf("%x %X % x\n", "hi\n", "hi\n", "hi\n")
	fmt.Printf("%s|%v|%q\n", []byte("bytes"), []byte("ab"), []byte("q\"b"))
	fmt.Println(strconv.Quote("tab\tend"), len(strconv.Quote("日")), strconv.Quote("\u00e9"))
}
