package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func FromSlice(xs ...int) *List {
	l := &List{}
	for i := len(xs) - 1; i >= 0; i-- {
		l.PushFront(xs[i])
	}
	return l
}

func (l *List) PushFront(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) Middle() (int, bool) {
	if l.head == nil {
		return 0, false
	}
	slow, fast := l.head, l.head
	for fast.Next != nil && fast.Next.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	return slow.Val, true
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "(" + strings.Join(parts, " -> ") + ")"
}

func Merge(a, b *Node) *Node {
	dummy := &Node{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

func hasCycle(head *Node) bool {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			return true
		}
	}
	return false
}

func main() {
	l := FromSlice(1, 2, 3, 4, 5)
	fmt.Println(l, l.size)
	l.PushBack(6)
	l.PushFront(0)
	fmt.Println(l, l.size)
	r1, r2, r3, r4 := l.Remove(0), l.Remove(4), l.Remove(42), l.Remove(6)
	fmt.Println(r1, r2, r3, r4, l, l.size)
	m, _ := l.Middle()
	fmt.Println("middle:", m)
	l.Reverse()
	fmt.Println("reversed:", l)
	empty := &List{}
	empty.Reverse()
	_, ok := empty.Middle()
	fmt.Println(empty, ok, empty.Remove(1))
	a := FromSlice(1, 4, 7, 10)
	b := FromSlice(2, 3, 8, 11, 12)
	merged := &List{head: Merge(a.head, b.head), size: a.size + b.size}
	fmt.Println("merged:", merged, merged.size)
	fmt.Println(hasCycle(merged.head))
	last := merged.head
	for last.Next != nil {
		last = last.Next
	}
	last.Next = merged.head.Next.Next
	fmt.Println(hasCycle(merged.head))
	last.Next = nil
	fmt.Println(hasCycle(merged.head), merged)
}
