package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()

	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Printf("[%d %q %U]", i, r, r)
	}
	fmt.Println()
	fmt.Println(len(bad), utf8.ValidString(bad), []rune(bad))

	var indices []int
	for i := range "añb" {
		indices = append(indices, i)
	}
	fmt.Println(indices)

	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println("runes via range:", count)

	fmt.Println(s[1], s[1:3], s[8:11], string(s[8]))
	fmt.Printf("%q %q\n", s[1:2], s[:2])

	b := s[0]
	fmt.Printf("%T %v %c\n", b, b, b)
	for _, r := range "Go" {
		fmt.Printf("%T %v ", r, r)
	}
	fmt.Println()

	rev := func(in string) string {
		rs := []rune(in)
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
		return string(rs)
	}
	fmt.Println(rev(s), rev(""), rev("a"))

	freq := map[rune]int{}
	for _, r := range "mississippi" {
		freq[r]++
	}
	fmt.Println(freq)

	raw := `a\nb\t"c"`
	fmt.Println(raw, len(raw))
	multi := `line1
line2`
	fmt.Println(len(multi), multi[5] == '\n')

	cmp := []string{"abc", "abd", "ab", "b", "B", "é", "z"}
	for i := 0; i+1 < len(cmp); i++ {
		fmt.Print(cmp[i] < cmp[i+1], " ")
	}
	fmt.Println()
	str := "x"
	str += "y" + string('z') + string(rune(0x4e16))
	fmt.Println(str, len(str))
}
