package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, unicode.ToLower(r))
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func longestPalindrome(s string) string {
	best := ""
	expand := func(l, r int) {
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		if r-l-1 > len(best) {
			best = s[l+1 : r]
		}
	}
	for i := range s {
		expand(i, i)
		expand(i, i+1)
	}
	return best
}

func sortedKey(w string) string {
	b := []byte(strings.ToLower(w))
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	return string(b)
}

func rle(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		sb.WriteString(strconv.Itoa(j - i))
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

func unrle(s string) (string, error) {
	var sb strings.Builder
	num := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			num = num*10 + int(r-'0')
			continue
		}
		if num == 0 {
			return "", fmt.Errorf("missing count before %q", r)
		}
		sb.WriteString(strings.Repeat(string(r), num))
		num = 0
	}
	return sb.String(), nil
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "racecar", "hello", "No 'x' in Nixon", ""} {
		fmt.Printf("%-32q palindrome=%t\n", s, isPalindrome(s))
	}
	for _, s := range []string{"babad", "forgeeksskeegfor", "abacdfgdcaba", "x"} {
		fmt.Printf("longest in %s: %s\n", s, longestPalindrome(s))
	}

	words := strings.Fields("listen silent enlist google inlets banana Tinsel elgoog stone tones notes onset abc")
	groups := map[string][]string{}
	for _, w := range words {
		k := sortedKey(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(groups[keys[i]]) != len(groups[keys[j]]) {
			return len(groups[keys[i]]) > len(groups[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("%-8s %d %v\n", k, len(groups[k]), groups[k])
	}

	for _, s := range []string{"aaabccddddde", "wwwwwwwwwwwwbbb", "héééllo", ""} {
		enc := rle(s)
		dec, err := unrle(enc)
		fmt.Printf("%q -> %q -> %q roundtrip=%v err=%v\n", s, enc, dec, dec == s, err)
	}
	_, err := unrle("3ab")
	fmt.Println("bad input:", err)
}
