package main

import (
	"fmt"
	"sort"
	"strings"
)

type Version struct{ Major, Minor int }

func main() {
	xs := []int{1, 3, 3, 3, 7, 9, 12}
	for _, t := range []int{0, 1, 3, 4, 9, 12, 13} {
		i := sort.SearchInts(xs, t)
		found := i < len(xs) && xs[i] == t
		fmt.Printf("SearchInts(%2d) = %d found=%t\n", t, i, found)
	}
	fmt.Println(sort.SearchInts(nil, 5), sort.SearchInts([]int{}, 0))

	strs := []string{"apple", "banana", "cherry", "date"}
	for _, t := range []string{"", "apple", "b", "cherry", "zzz", "Banana"} {
		fmt.Printf("SearchStrings(%q) = %d\n", t, sort.SearchStrings(strs, t))
	}

	last := sort.Search(len(xs), func(i int) bool { return xs[i] > 3 }) - 1
	first := sort.Search(len(xs), func(i int) bool { return xs[i] >= 3 })
	fmt.Println("range of 3:", first, last, "count:", last-first+1)

	desc := []int{50, 40, 30, 20, 10}
	i := sort.Search(len(desc), func(i int) bool { return desc[i] <= 25 })
	fmt.Println("desc first <=25:", i, desc[i])

	isqrt := func(n int) int {
		return sort.Search(n+1, func(k int) bool { return k*k > n }) - 1
	}
	for _, n := range []int{0, 1, 15, 16, 17, 99, 100, 1000000} {
		fmt.Print(isqrt(n), " ")
	}
	fmt.Println()

	fmt.Println(sort.Search(0, func(int) bool { return true }), sort.Search(10, func(int) bool { return false }), sort.Search(10, func(int) bool { return true }))

	versions := []Version{{1, 0}, {1, 2}, {1, 10}, {2, 0}, {2, 5}, {3, 1}}
	find := func(v Version) int {
		return sort.Search(len(versions), func(i int) bool {
			w := versions[i]
			return w.Major > v.Major || (w.Major == v.Major && w.Minor >= v.Minor)
		})
	}
	for _, v := range []Version{{1, 5}, {2, 0}, {0, 9}, {4, 0}} {
		idx := find(v)
		next := "none"
		if idx < len(versions) {
			next = fmt.Sprintf("%d.%d", versions[idx].Major, versions[idx].Minor)
		}
		fmt.Printf("%d.%d -> idx %d next %s\n", v.Major, v.Minor, idx, next)
	}

	insertSorted := func(s []string, v string) []string {
		i := sort.SearchStrings(s, v)
		s = append(s, "")
		copy(s[i+1:], s[i:])
		s[i] = v
		return s
	}
	var list []string
	for _, w := range strings.Fields("pear fig apple kiwi banana fig") {
		list = insertSorted(list, w)
	}
	fmt.Println(list, sort.StringsAreSorted(list))

	prefix := "ba"
	words := []string{"apple", "bad", "bag", "banana", "bat", "cat"}
	lo := sort.SearchStrings(words, prefix)
	hi := sort.Search(len(words), func(i int) bool { return words[i] >= prefix && !strings.HasPrefix(words[i], prefix) })
	fmt.Println("prefix ba:", words[lo:hi])
	guess := sort.Search(100, func(n int) bool { return n*n*n >= 12167 })
	fmt.Println("cube root of 12167:", guess)
}
