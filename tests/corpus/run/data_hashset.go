package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]struct{}

func NewSet(items ...string) Set {
	s := Set{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set) Add(v string)      { s[v] = struct{}{} }
func (s Set) Has(v string) bool { _, ok := s[v]; return ok }
func (s Set) Remove(v string)   { delete(s, v) }
func (s Set) Len() int          { return len(s) }
func (s Set) Union(o Set) Set {
	r := s.Copy()
	for k := range o {
		r.Add(k)
	}
	return r
}
func (s Set) Copy() Set {
	r := Set{}
	for k := range s {
		r.Add(k)
	}
	return r
}

func (s Set) Intersect(o Set) Set {
	r := Set{}
	small, big := s, o
	if len(o) < len(s) {
		small, big = o, s
	}
	for k := range small {
		if big.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set) Minus(o Set) Set {
	r := Set{}
	for k := range s {
		if !o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set) SubsetOf(o Set) bool {
	for k := range s {
		if !o.Has(k) {
			return false
		}
	}
	return true
}

func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s Set) String() string { return "{" + strings.Join(s.Sorted(), " ") + "}" }

func jaccard(a, b Set) float64 {
	u := a.Union(b).Len()
	if u == 0 {
		return 1
	}
	return float64(a.Intersect(b).Len()) / float64(u)
}

func main() {
	a := NewSet("go", "rust", "c", "zig")
	b := NewSet("go", "python", "c", "java", "go")
	fmt.Println(a, a.Len(), b, b.Len())
	fmt.Println("union:", a.Union(b))
	fmt.Println("inter:", a.Intersect(b))
	fmt.Println("a-b:", a.Minus(b), "b-a:", b.Minus(a))
	fmt.Println(NewSet("c").SubsetOf(a), a.SubsetOf(b), Set{}.SubsetOf(a))
	fmt.Printf("jaccard=%.3f self=%.1f empty=%.1f\n", jaccard(a, b), jaccard(a, a), jaccard(Set{}, Set{}))
	c := a.Copy()
	c.Remove("zig")
	c.Remove("missing")
	fmt.Println(a.Has("zig"), c.Has("zig"), c)
	fmt.Println(map[string]struct{}(a))

	seen := NewSet()
	var dups []string
	for _, w := range strings.Fields("the cat and the hat and the bat") {
		if seen.Has(w) {
			dups = append(dups, w)
		}
		seen.Add(w)
	}
	fmt.Println("dups:", dups, "unique:", seen)

	ints := map[int]bool{}
	for _, n := range []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5} {
		ints[n] = true
	}
	fmt.Println(ints, len(ints))
	pairSum := func(xs []int, target int) [][2]int {
		have := map[int]bool{}
		var out [][2]int
		for _, x := range xs {
			if have[target-x] {
				out = append(out, [2]int{target - x, x})
			}
			have[x] = true
		}
		return out
	}
	fmt.Println(pairSum([]int{2, 7, 11, 15, 4, 5, 3}, 9))
}
