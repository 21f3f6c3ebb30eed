// A singly linked list with pointer receivers: push, reverse in place,
// removal by predicate, iteration through a callback, and a Stringer.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	val  int
	next *node
}

type List struct {
	head *node
	size int
}

func FromSlice(xs ...int) *List {
	l := &List{}
	for i := len(xs) - 1; i >= 0; i-- {
		l.Push(xs[i])
	}
	return l
}

func (l *List) Push(v int) {
	l.head = &node{v, l.head}
	l.size++
}

func (l *List) Each(f func(i, v int) bool) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		if !f(i, n.val) {
			return
		}
		i++
	}
}

func (l *List) Reverse() {
	var prev *node
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) RemoveIf(pred func(int) bool) (removed int) {
	for p := &l.head; *p != nil; {
		if pred((*p).val) {
			*p = (*p).next
			removed++
			l.size--
			continue
		}
		p = &(*p).next
	}
	return
}

func (l *List) String() string {
	var parts []string
	l.Each(func(_, v int) bool {
		parts = append(parts, fmt.Sprint(v))
		return true
	})
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	l := FromSlice(1, 2, 3, 4, 5, 6)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println("reversed:", l)
	n := l.RemoveIf(func(v int) bool { return v%2 == 0 })
	fmt.Println("removed", n, "->", l, "size", l.size)

	sum := 0
	l.Each(func(i, v int) bool {
		sum += v * (i + 1)
		return i < 1
	})
	fmt.Println("weighted sum of first two:", sum)

	var empty List
	fmt.Println(empty.String(), empty.RemoveIf(func(int) bool { return true }))
	empty.Push(42)
	empty.Reverse()
	fmt.Println(&empty)
}
