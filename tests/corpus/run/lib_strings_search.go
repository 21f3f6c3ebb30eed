package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "chicken kitchen ñandú 日本"
	fmt.Println(strings.Contains(s, "kit"), strings.Contains(s, ""), strings.Contains("", ""), strings.Contains("", "a"))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, "zñ"), strings.ContainsAny(s, ""), strings.ContainsAny("", ""))
	fmt.Println(strings.ContainsRune(s, 'ú'), strings.ContainsRune(s, 'u'), strings.ContainsRune(s, '本'))

	fmt.Println(strings.Count(s, "en"), strings.Count(s, "ch"), strings.Count("cheese", "e"))
	fmt.Println(strings.Count("five", ""), strings.Count("", ""), strings.Count("日本語", ""))
	fmt.Println(strings.Count("aaaa", "aa"), strings.Count("ababab", "aba"))

	fmt.Println(strings.Index(s, "ken"), strings.Index(s, "zz"), strings.Index(s, ""), strings.Index("", ""))
	fmt.Println(strings.Index(s, "日"), strings.Index(s, "ñ"), strings.LastIndex(s, "en"), strings.LastIndex(s, ""))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go gopher", "rodent"))
	fmt.Println(strings.IndexByte(s, 'k'), strings.IndexByte(s, 'Z'), strings.IndexByte("", 'a'))
	fmt.Println(strings.IndexRune(s, 'd'), strings.IndexRune(s, 'ú'), strings.IndexRune(s, '本'), strings.IndexRune(s, 'X'))
	fmt.Println(strings.IndexAny(s, "nk"), strings.IndexAny(s, "本日"), strings.IndexAny(s, ""), strings.IndexAny("", "a"))

	fmt.Println(strings.HasPrefix(s, "chi"), strings.HasPrefix(s, ""), strings.HasPrefix("", "a"))
	fmt.Println(strings.HasSuffix(s, "日本"), strings.HasSuffix(s, "本日"), strings.HasSuffix("x", ""))

	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("ÑANDÚ", "ñandú"))
	fmt.Println(strings.EqualFold("", ""), strings.EqualFold("a", ""), strings.EqualFold("K", "k"))

	words := []string{"kitchen", "chicken", "thicken", "kit"}
	for _, w := range words {
		i := strings.Index(s, w)
		pos := "absent"
		if i >= 0 {
			pos = fmt.Sprintf("at %d..%d", i, i+len(w))
		}
		fmt.Printf("%-8s %s\n", w, pos)
	}

	countAll := func(hay, needle string) []int {
		var out []int
		off := 0
		for {
			i := strings.Index(hay[off:], needle)
			if i < 0 {
				return out
			}
			out = append(out, off+i)
			off += i + 1
		}
	}
	fmt.Println(countAll("banana", "ana"), countAll("aaaa", "a"), countAll("abc", "d"))
	fmt.Println(strings.ToUpper(s), strings.ToLower("ÀÉÎ HELLO"))
	fmt.Println(strings.ToUpper(""), strings.ToLower("123!"), strings.ToUpper("ß"))
}
