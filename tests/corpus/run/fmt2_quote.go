package main

import (
	"fmt"
	"strings"
)

type Field struct {
	Key string
	Val interface{}
}

func logLine(level, msg string, fields ...Field) string {
	var b strings.Builder
	fmt.Fprintf(&b, "level=%s msg=%q", level, msg)
	for _, f := range fields {
		switch v := f.Val.(type) {
		case string:
			if strings.ContainsAny(v, " \t\n\"=") || v == "" {
				fmt.Fprintf(&b, " %s=%q", f.Key, v)
			} else {
				fmt.Fprintf(&b, " %s=%s", f.Key, v)
			}
		case error:
			fmt.Fprintf(&b, " %s=%q", f.Key, v.Error())
		default:
			fmt.Fprintf(&b, " %s=%v", f.Key, v)
		}
	}
	return b.String()
}

func main() {
	strs := []string{
		"plain", "tab\tnewline\n", `quote" backslash\`, "bell\a bs\b ff\f vt\v cr\r",
		"nul\x00 esc\x1b del\x7f", "héllo wörld", "日本語", "emoji 😀🎉", "\u00a0nbsp \u2028ls",
		"invalid \xff\xfe bytes", "\u200b\u200d zw", "", "'single'", "`backtick`", "\U0010FFFF",
	}
	for _, s := range strs {
		fmt.Printf("%q | %+q | %#q\n", s, s, s)
	}
	runes := []rune{'a', '\'', '"', '\\', '\n', '\t', 0, 0x7f, 'é', '日', '😀', 0xFFFD, 0x10FFFF, 0x2028}
	for _, r := range runes {
		fmt.Printf("%q %+q %#q %d\n", r, r, r, r)
	}
	fmt.Printf("%q %q\n", 65, 0x1F600)
	fmt.Printf("%q\n", []string{"a b", "c\"d", ""})
	fmt.Printf("%q\n", []rune("hi!"))
	fmt.Printf("%q\n", []byte("bytes\n"))
	fmt.Printf("[%10q] [%-10q] [%.3q]\n", "go", "go", "abcdef")
	fmt.Printf("%q\n", map[string]int{"k\t1": 1, "k2": 2})
	fmt.Printf("%s|%v|%q\n", "a\tb", "a\tb", "a\tb")
	type pair struct{ K, V string }
	fmt.Printf("%q %v\n", pair{"x", "y\n"}, pair{"x", "y"})
	fmt.Printf("%#v %#v %#v\n", "str\n", 'r', []string{"a"})
	fmt.Println(logLine("info", "server started", Field{"port", 8080}, Field{"host", "0.0.0.0"}))
	fmt.Println(logLine("warn", "say \"hi\"", Field{"path", "/a b"}, Field{"empty", ""}, Field{"ok", true}))
	fmt.Println(logLine("error", "multi\nline", Field{"err", fmt.Errorf("open %q: denied", "x.txt")}, Field{"k", "v=1"}))
}
