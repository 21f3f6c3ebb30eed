package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLen struct{ sort.StringSlice }

func (b byLen) Less(i, j int) bool { return len(b.StringSlice[i]) < len(b.StringSlice[j]) }

type Doc struct {
	strings.Builder
	lines int
}

func (d *Doc) Line(s string) {
	d.WriteString(s)
	d.WriteByte('\n')
	d.lines++
}

type names struct{ sort.StringSlice }

func main() {
	words := byLen{sort.StringSlice{"banana", "fig", "apple", "kiwi"}}
	sort.Sort(words)
	fmt.Println(words.StringSlice, words.Len())
	n := names{[]string{"c", "a", "b"}}
	sort.Sort(n)
	fmt.Println(n.StringSlice)
	var d Doc
	d.Line("first")
	d.Line("second")
	fmt.Print(d.String())
	fmt.Println(d.lines, d.Len())
	var w fmt.Stringer = &d
	fmt.Println(len(w.String()))
}
