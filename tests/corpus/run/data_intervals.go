package main

import (
	"fmt"
	"sort"
)

type Interval struct{ Start, End int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d)", iv.Start, iv.End) }
func (iv Interval) Len() int       { return iv.End - iv.Start }

func merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	s := append([]Interval(nil), ivs...)
	sort.Slice(s, func(i, j int) bool {
		if s[i].Start != s[j].Start {
			return s[i].Start < s[j].Start
		}
		return s[i].End < s[j].End
	})
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			if iv.End > last.End {
				last.End = iv.End
			}
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func insert(ivs []Interval, n Interval) []Interval {
	return merge(append(append([]Interval(nil), ivs...), n))
}

func intersect(a, b []Interval) []Interval {
	var out []Interval
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		lo, hi := a[i].Start, a[i].End
		if b[j].Start > lo {
			lo = b[j].Start
		}
		if b[j].End < hi {
			hi = b[j].End
		}
		if lo < hi {
			out = append(out, Interval{lo, hi})
		}
		if a[i].End < b[j].End {
			i++
		} else {
			j++
		}
	}
	return out
}

func gaps(ivs []Interval, lo, hi int) []Interval {
	var out []Interval
	cur := lo
	for _, iv := range merge(ivs) {
		if iv.Start > cur {
			out = append(out, Interval{cur, iv.Start})
		}
		if iv.End > cur {
			cur = iv.End
		}
	}
	if cur < hi {
		out = append(out, Interval{cur, hi})
	}
	return out
}

func maxOverlap(ivs []Interval) (int, int) {
	type ev struct{ at, delta int }
	var evs []ev
	for _, iv := range ivs {
		evs = append(evs, ev{iv.Start, 1}, ev{iv.End, -1})
	}
	sort.Slice(evs, func(i, j int) bool {
		if evs[i].at != evs[j].at {
			return evs[i].at < evs[j].at
		}
		return evs[i].delta < evs[j].delta
	})
	best, cur, when := 0, 0, 0
	for _, e := range evs {
		cur += e.delta
		if cur > best {
			best, when = cur, e.at
		}
	}
	return best, when
}

func main() {
	meetings := []Interval{{9, 10}, {13, 15}, {9, 12}, {14, 16}, {17, 18}, {11, 13}, {18, 19}}
	m := merge(meetings)
	fmt.Println(m)
	total := 0
	for _, iv := range m {
		total += iv.Len()
	}
	fmt.Println("busy hours:", total, "free:", gaps(meetings, 8, 20))
	fmt.Println(insert(m, Interval{10, 14}), insert(m, Interval{20, 21}), insert(nil, Interval{1, 2}))
	fmt.Println(merge(nil), len(merge([]Interval{})), merge([]Interval{{1, 5}, {2, 3}}))
	a := []Interval{{0, 2}, {5, 10}, {13, 23}, {24, 25}}
	b := []Interval{{1, 5}, {8, 12}, {15, 24}, {25, 26}}
	fmt.Println("intersect:", intersect(a, b))
	n, at := maxOverlap(meetings)
	fmt.Printf("max overlap %d at %d\n", n, at)
	fmt.Printf("%v %s %d\n", Interval{3, 7}, Interval{1, 1}, Interval{2, 9}.Len())
}
