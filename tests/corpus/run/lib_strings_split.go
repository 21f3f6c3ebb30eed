package main

import (
	"fmt"
	"strings"
)

func show(label string, parts []string) {
	fmt.Printf("%-22s len=%d %q\n", label, len(parts), parts)
}

func main() {
	show("Split a,b,c", strings.Split("a,b,c", ","))
	show("Split a,b,c,", strings.Split("a,b,c,", ","))
	show("Split empty sep", strings.Split("héllo", ""))
	show("Split empty s", strings.Split("", ","))
	show("Split empty both", strings.Split("", ""))
	show("Split no sep found", strings.Split("abc", "x"))
	show("Split multi sep", strings.Split("a--b----c", "--"))
	show("Split sep=s", strings.Split("abc", "abc"))

	show("SplitN n=2", strings.SplitN("a,b,c,d", ",", 2))
	show("SplitN n=0", strings.SplitN("a,b,c", ",", 0))
	show("SplitN n=-1", strings.SplitN("a,b,c", ",", -1))
	show("SplitN n=1", strings.SplitN("a,b,c", ",", 1))
	show("SplitN n=10", strings.SplitN("a,b", ",", 10))
	show("SplitN empty sep n=3", strings.SplitN("abcdef", "", 3))

	show("SplitAfter", strings.SplitAfter("a,b,c", ","))
	show("SplitAfter trailing", strings.SplitAfter("a,b,", ","))
	show("SplitAfter empty sep", strings.SplitAfter("ab", ""))

	show("Fields", strings.Fields("  the quick\tbrown\n\nfox  "))
	show("Fields empty", strings.Fields(""))
	show("Fields spaces", strings.Fields(" \t\n\v\f\r "))
	show("Fields nbsp", strings.Fields("a\u00a0b\u2003c d"))

	for _, in := range []string{"key=value", "key=", "=value", "novalue", "a=b=c", ""} {
		before, after, found := strings.Cut(in, "=")
		fmt.Printf("Cut(%q) -> %q %q %t\n", in, before, after, found)
	}
	b, a, f := strings.Cut("abc", "")
	fmt.Printf("Cut empty sep -> %q %q %t\n", b, a, f)

	csv := "name,age,city\nann,31,oslo\nbob,,rome\n"
	for i, line := range strings.Split(strings.TrimSuffix(csv, "\n"), "\n") {
		cols := strings.Split(line, ",")
		fmt.Println(i, len(cols), strings.Join(cols, "|"))
	}
	fmt.Printf("%q\n", strings.Join(nil, ","))
	fmt.Printf("%q\n", strings.Join([]string{""}, ","))
	fmt.Printf("%q\n", strings.Join([]string{"", ""}, ","))

	kv := map[string]string{}
	for _, pair := range strings.Fields("host=localhost port=8080 debug  mode=a=b") {
		k, v, _ := strings.Cut(pair, "=")
		kv[k] = v
	}
	fmt.Println(kv)
}
