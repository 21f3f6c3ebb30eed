// A singly linked list with pointers: new, nil checks, pointer to
// pointer manipulation, and a method on a nil receiver.
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

func (l *List) PushFront(v int) {
	l.head = &Node{Val: v, Next: l.head}
	l.size++
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

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	l := new(List)
	for i := 1; i <= 5; i++ {
		l.PushFront(i)
	}
	fmt.Println(l, l.size, l.head.Len())
	l.Remove(3)
	l.Remove(42)
	l.Reverse()
	fmt.Println(l.String(), l.size)
	var empty *Node
	fmt.Println(empty.Len())
	p := &l.head.Val
	*p = 100
	fmt.Println(l)
}
