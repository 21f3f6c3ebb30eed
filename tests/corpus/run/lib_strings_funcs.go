package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Token struct {
	Kind string
	Text string
}

func tokenize(src string) []Token {
	var toks []Token
	for _, f := range strings.FieldsFunc(src, func(r rune) bool { return r == ',' || unicode.IsSpace(r) }) {
		kind := "word"
		if strings.IndexFunc(f, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
			kind = "number"
		}
		toks = append(toks, Token{kind, f})
	}
	return toks
}

func main() {
	fmt.Println(tokenize("alpha, 42 beta,,7 γδ  99x"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r == '!':
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World!"), strings.Map(unicode.ToUpper, "héllo"))
	isPunct := func(r rune) bool { return unicode.IsPunct(r) || r == ' ' }
	fmt.Printf("%q %q %q\n", strings.TrimFunc("  ¡hola!  ", isPunct), strings.TrimLeftFunc("..x..", isPunct), strings.TrimRightFunc("..x..", isPunct))
	fmt.Println(strings.LastIndexFunc("abc123def", unicode.IsDigit), strings.ContainsFunc("abc", unicode.IsUpper), strings.LastIndexFunc("", unicode.IsDigit))
	fmt.Println(strings.LastIndexByte("a/b/c", '/'), strings.LastIndexAny("golang", "gn"), strings.LastIndexAny("日本語", "本"), strings.LastIndexAny("x", ""))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", -1))
	if rest, ok := strings.CutPrefix("v1.2.3", "v"); ok {
		fmt.Println("version", rest)
	}
	base, ok := strings.CutSuffix("photo.jpeg", ".png")
	fmt.Println(base, ok, strings.Clone("copy"))
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2").Replace("aaa"), strings.NewReplacer("", "-").Replace("héé"), strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaa"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRune(0x10FFFF+1), strconv.QuoteRune('\''))
	for _, q := range []string{`"a\tb\u00e9\x41\101"`, "`raw\\n`", `'x'`, `'\u263a'`, `"bad`, `'ab'`, `"\'"`, `'\"'`, `"\xff"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%s -> %q %v\n", q, s, err)
	}
	b := []byte("n=")
	b = strconv.AppendInt(b, -255, 16)
	b = append(b, ' ')
	b = strconv.AppendInt(b, 1<<40, 10)
	fmt.Println(string(b))
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}
