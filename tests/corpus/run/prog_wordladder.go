package main

import (
	"fmt"
	"sort"
	"strings"
)

type Dict map[string]bool

func NewDict(words ...string) Dict {
	d := Dict{}
	for _, w := range words {
		d[strings.ToLower(w)] = true
	}
	return d
}

func (d Dict) neighbors(w string) []string {
	var out []string
	b := []byte(w)
	for i := range b {
		orig := b[i]
		for c := byte('a'); c <= 'z'; c++ {
			if c == orig {
				continue
			}
			b[i] = c
			if d[string(b)] {
				out = append(out, string(b))
			}
		}
		b[i] = orig
	}
	sort.Strings(out)
	return out
}

func (d Dict) Ladder(from, to string) ([]string, error) {
	if len(from) != len(to) {
		return nil, fmt.Errorf("length mismatch: %q vs %q", from, to)
	}
	if !d[to] {
		return nil, fmt.Errorf("target %q not in dictionary", to)
	}
	prev := map[string]string{from: ""}
	queue := []string{from}
	explored := 0
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		explored++
		if cur == to {
			var path []string
			for at := to; at != ""; at = prev[at] {
				path = append(path, at)
			}
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path, nil
		}
		for _, n := range d.neighbors(cur) {
			if _, seen := prev[n]; !seen {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil, fmt.Errorf("no ladder from %q to %q (explored %d)", from, to, explored)
}

func main() {
	d := NewDict("cold", "cord", "card", "ward", "warm", "word", "worm", "corm",
		"wore", "core", "bore", "bare", "barn", "born", "corn", "cork", "work",
		"HEAD", "heal", "teal", "tell", "tall", "tail", "hail", "hall", "hell",
		"ape", "apt", "opt", "oat", "mat", "man", "max", "zzz")
	queries := [][2]string{
		{"cold", "warm"}, {"head", "tail"}, {"ape", "man"}, {"cold", "cold"},
		{"cold", "zzzz"}, {"ape", "zzz"}, {"cold", "ape"}, {"bare", "work"},
	}
	for _, q := range queries {
		path, err := d.Ladder(q[0], q[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s -> %s (%d steps): %s\n", q[0], q[1], len(path)-1, strings.Join(path, " > "))
	}
	fmt.Println(d.neighbors("cord"))
	fmt.Println(d.neighbors("hell"), len(d.neighbors("zzz")))
}
