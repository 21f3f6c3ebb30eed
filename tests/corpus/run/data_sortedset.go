package main

import (
	"fmt"
	"sort"
	"strings"
)

type SortedSet struct {
	items []string
}

func (s *SortedSet) index(v string) (int, bool) {
	i := sort.SearchStrings(s.items, v)
	return i, i < len(s.items) && s.items[i] == v
}

func (s *SortedSet) Add(v string) bool {
	i, found := s.index(v)
	if found {
		return false
	}
	s.items = append(s.items, "")
	copy(s.items[i+1:], s.items[i:])
	s.items[i] = v
	return true
}

func (s *SortedSet) Remove(v string) bool {
	i, found := s.index(v)
	if !found {
		return false
	}
	s.items = append(s.items[:i], s.items[i+1:]...)
	return true
}

func (s *SortedSet) Range(lo, hi string) []string {
	i, _ := s.index(lo)
	j, _ := s.index(hi)
	return s.items[i:j]
}

func (s *SortedSet) Ceil(v string) (string, bool) {
	i, _ := s.index(v)
	if i == len(s.items) {
		return "", false
	}
	return s.items[i], true
}

func (s *SortedSet) Floor(v string) (string, bool) {
	i, found := s.index(v)
	if found {
		return v, true
	}
	if i == 0 {
		return "", false
	}
	return s.items[i-1], true
}

type SortedInts struct{ xs []int }

func (s *SortedInts) Insert(v int) {
	i := sort.SearchInts(s.xs, v)
	s.xs = append(s.xs, 0)
	copy(s.xs[i+1:], s.xs[i:])
	s.xs[i] = v
}

func (s *SortedInts) Median() float64 {
	n := len(s.xs)
	if n%2 == 1 {
		return float64(s.xs[n/2])
	}
	return float64(s.xs[n/2-1]+s.xs[n/2]) / 2
}

func (s *SortedInts) CountBetween(lo, hi int) int {
	return sort.SearchInts(s.xs, hi+1) - sort.SearchInts(s.xs, lo)
}

func main() {
	s := &SortedSet{}
	for _, w := range strings.Fields("pear apple fig banana kiwi apple cherry date grape fig") {
		if !s.Add(w) {
			fmt.Println("dup", w)
		}
	}
	fmt.Println(s.items, len(s.items), sort.StringsAreSorted(s.items))
	fmt.Println(s.Range("b", "f"), s.Range("a", "z"), s.Range("x", "z"), s.Range("fig", "fig"))
	for _, q := range []string{"c", "apple", "zzz", "a"} {
		c, okc := s.Ceil(q)
		f, okf := s.Floor(q)
		fmt.Printf("%-5s ceil=%q,%t floor=%q,%t\n", q, c, okc, f, okf)
	}
	r1, r2, r3 := s.Remove("fig"), s.Remove("fig"), s.Remove("apple")
	fmt.Println(r1, r2, r3, s.items)

	si := &SortedInts{}
	var medians []string
	for _, v := range []int{5, 15, 1, 3, 8, 7, 9, 10, 20, 2} {
		si.Insert(v)
		medians = append(medians, fmt.Sprint(si.Median()))
	}
	fmt.Println(si.xs)
	fmt.Println(strings.Join(medians, " "))
	fmt.Println(si.CountBetween(3, 9), si.CountBetween(100, 200), si.CountBetween(-5, 1), si.CountBetween(1, 20))
}
