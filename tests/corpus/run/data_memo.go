package main

import (
	"fmt"
	"strings"
)

type Memo struct {
	cache map[string]int
	calls int
}

func (m *Memo) key(parts ...int) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprint(&b, p)
	}
	return b.String()
}

func (m *Memo) Partitions(n, maxPart int) int {
	m.calls++
	if n == 0 {
		return 1
	}
	if n < 0 || maxPart == 0 {
		return 0
	}
	k := m.key(n, maxPart)
	if v, ok := m.cache[k]; ok {
		return v
	}
	v := m.Partitions(n-maxPart, maxPart) + m.Partitions(n, maxPart-1)
	m.cache[k] = v
	return v
}

func fibMemo() func(int) uint64 {
	memo := map[int]uint64{0: 0, 1: 1}
	var fib func(int) uint64
	fib = func(n int) uint64 {
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	return fib
}

func gridPaths(r, c int, blocked map[[2]int]bool) int {
	memo := map[[2]int]int{}
	var walk func(i, j int) int
	walk = func(i, j int) int {
		if i >= r || j >= c || blocked[[2]int{i, j}] {
			return 0
		}
		if i == r-1 && j == c-1 {
			return 1
		}
		k := [2]int{i, j}
		if v, ok := memo[k]; ok {
			return v
		}
		v := walk(i+1, j) + walk(i, j+1)
		memo[k] = v
		return v
	}
	return walk(0, 0)
}

func collatzLen(n int, memo map[int]int) int {
	if n == 1 {
		return 1
	}
	if v, ok := memo[n]; ok {
		return v
	}
	next := n / 2
	if n%2 == 1 {
		next = 3*n + 1
	}
	v := 1 + collatzLen(next, memo)
	memo[n] = v
	return v
}

func wordBreak(s string, dict map[string]bool, memo map[string][]string) []string {
	if v, ok := memo[s]; ok {
		return v
	}
	var out []string
	if dict[s] {
		out = append(out, s)
	}
	for i := 1; i < len(s); i++ {
		if dict[s[:i]] {
			for _, rest := range wordBreak(s[i:], dict, memo) {
				out = append(out, s[:i]+" "+rest)
			}
		}
	}
	memo[s] = out
	return out
}

func main() {
	m := &Memo{cache: map[string]int{}}
	for _, n := range []int{1, 5, 10, 50, 100} {
		fmt.Printf("p(%d)=%d ", n, m.Partitions(n, n))
	}
	fmt.Println("calls:", m.calls)
	fib := fibMemo()
	fmt.Println(fib(10), fib(50), fib(93))
	fmt.Println(gridPaths(3, 3, nil), gridPaths(10, 10, nil), gridPaths(3, 3, map[[2]int]bool{{1, 1}: true}), gridPaths(1, 1, nil))
	memo := map[int]int{}
	best, bestN := 0, 0
	for n := 1; n < 10000; n++ {
		if l := collatzLen(n, memo); l > best {
			best, bestN = l, n
		}
	}
	fmt.Println("longest collatz under 10000:", bestN, best)
	dict := map[string]bool{"cat": true, "cats": true, "and": true, "sand": true, "dog": true, "pine": true, "apple": true, "pen": true, "applepen": true, "pineapple": true}
	for _, s := range []string{"catsanddog", "pineapplepenapple", "catsandog"} {
		res := wordBreak(s, dict, map[string][]string{})
		fmt.Printf("%s: %d %q\n", s, len(res), res)
	}
}
