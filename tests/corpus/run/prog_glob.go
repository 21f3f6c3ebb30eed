package main

import (
	"fmt"
	"strings"
)

// match reports whether name matches pattern with *, ?, [abc], [a-z], [!x] and \ escapes.
func match(pattern, name string) (bool, error) {
	p := []rune(pattern)
	n := []rune(name)
	memo := map[[2]int]bool{}
	seen := map[[2]int]bool{}
	var err error
	var rec func(i, j int) bool
	rec = func(i, j int) bool {
		key := [2]int{i, j}
		if seen[key] {
			return memo[key]
		}
		seen[key] = true
		var res bool
		switch {
		case i == len(p):
			res = j == len(n)
		case p[i] == '*':
			res = rec(i+1, j) || (j < len(n) && rec(i, j+1))
		case j == len(n):
			res = false
		case p[i] == '?':
			res = rec(i+1, j+1)
		case p[i] == '[':
			end := i + 1
			for end < len(p) && p[end] != ']' {
				end++
			}
			if end == len(p) {
				err = fmt.Errorf("unterminated class in %q", pattern)
				return false
			}
			class := p[i+1 : end]
			negate := len(class) > 0 && class[0] == '!'
			if negate {
				class = class[1:]
			}
			hit := false
			for k := 0; k < len(class); k++ {
				if k+2 < len(class) && class[k+1] == '-' {
					if n[j] >= class[k] && n[j] <= class[k+2] {
						hit = true
					}
					k += 2
				} else if class[k] == n[j] {
					hit = true
				}
			}
			res = hit != negate && rec(end+1, j+1)
		case p[i] == '\\' && i+1 < len(p):
			res = p[i+1] == n[j] && rec(i+2, j+1)
		default:
			res = p[i] == n[j] && rec(i+1, j+1)
		}
		memo[key] = res
		return res
	}
	ok := rec(0, 0)
	return ok && err == nil, err
}

func filter(pattern string, names []string) []string {
	var out []string
	for _, nm := range names {
		if ok, _ := match(pattern, nm); ok {
			out = append(out, nm)
		}
	}
	return out
}

func main() {
	cases := []struct{ pat, name string }{
		{"*.go", "main.go"}, {"*.go", "main.go.bak"}, {"a?c", "abc"}, {"a?c", "ac"},
		{"*", ""}, {"", ""}, {"?", ""}, {"**a**", "bab"}, {"[a-c]x", "bx"}, {"[a-c]x", "dx"},
		{"[!a-c]x", "dx"}, {"[!a-c]x", "ax"}, {"\\*lit", "*lit"}, {"\\*lit", "xlit"},
		{"h?llo*w*", "héllo wörld"}, {"[abc", "a"}, {"*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaa"},
		{"file[0-9][0-9].txt", "file42.txt"}, {"file[0-9][0-9].txt", "file4x.txt"}, {"[]]", "]"},
	}
	for _, c := range cases {
		ok, err := match(c.pat, c.name)
		if err != nil {
			fmt.Printf("%-22q %-24q error: %v\n", c.pat, c.name, err)
			continue
		}
		fmt.Printf("%-22q %-24q %t\n", c.pat, c.name, ok)
	}
	files := []string{"main.go", "main_test.go", "README.md", "go.mod", "util.go", "Makefile", "docs/intro.md"}
	for _, pat := range []string{"*.go", "*_test.go", "*.md", "[A-Z]*", "*/*", "????.go"} {
		fmt.Printf("%-10s %s\n", pat, strings.Join(filter(pat, files), ","))
	}
}
