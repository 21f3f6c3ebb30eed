package main

import "fmt"

type Stack struct {
	items []string
}

func (s Stack) PushValue(v string) Stack {
	s.items = append(s.items, v)
	return s
}

func (s *Stack) Push(v string) { s.items = append(s.items, v) }

func (s *Stack) Pop() string {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func addAll(dst []int, vals ...int) []int {
	for _, v := range vals {
		dst = append(dst, v)
	}
	return dst
}

func appendNoReturn(s []int) {
	s = append(s, 100)
	s[0] = -1
}

func main() {
	s := make([]int, 3, 5)
	fmt.Println("s:", s, len(s), cap(s))
	t := append(s, 4)
	u := append(s, 5)
	fmt.Println("t and u share backing:", t, u)
	v := append(s[:3:3], 6)
	v[0] = 9
	fmt.Println("full slice expr forces copy:", s, v, cap(s[:3:3]))

	appendNoReturn(s)
	fmt.Println("appendNoReturn with spare cap:", s, s[:4])
	full := []int{1, 2, 3}
	appendNoReturn(full)
	fmt.Println("appendNoReturn at full cap:", full)

	grown := addAll(nil, 1, 2, 3, 4, 5)
	fmt.Println("grown:", grown, len(grown))
	more := addAll(grown[:2], 7, 8)
	fmt.Println("overwrites:", grown, more)

	st := Stack{items: make([]string, 0, 4)}
	st.Push("a")
	st.Push("b")
	st2 := st.PushValue("c")
	st3 := st.PushValue("d")
	fmt.Println(st.items, st2.items, st3.items, len(st.items))
	fmt.Println("popped:", st2.Pop(), st2.items, st.items)
	tight := Stack{items: []string{"a", "b"}}
	t2 := tight.PushValue("c")
	t3 := tight.PushValue("d")
	fmt.Println("no spare capacity:", tight.items, t2.items, t3.items)

	base := []string{"x", "y", "z"}
	var parts [][]string
	for i := range base {
		parts = append(parts, base[i:i+1])
	}
	parts[0] = append(parts[0], "W")
	fmt.Println(base, parts)

	src := []int{1, 2, 3, 4, 5}
	filtered := src[:0]
	for _, x := range src {
		if x%2 == 1 {
			filtered = append(filtered, x)
		}
	}
	fmt.Println("in-place filter:", filtered, src)

	del := []int{10, 20, 30, 40, 50}
	i := 1
	del = append(del[:i], del[i+1:]...)
	fmt.Println("delete index 1:", del, len(del), cap(del))
	ins := append(del[:2], append([]int{25}, del[2:]...)...)
	fmt.Println("insert 25:", ins)

	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(append(nilS, empty...)), append(nilS, empty...) == nil)
	bs := append([]byte("hi "), "there"...)
	fmt.Println(string(bs), len(bs))
}
