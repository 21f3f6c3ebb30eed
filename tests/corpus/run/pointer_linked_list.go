package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  string
	Next *Node
	Prev *Node
}

type List struct {
	head, tail *Node
	size       int
}

func (l *List) PushBack(v string) *Node {
	n := &Node{Val: v, Prev: l.tail}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.Next = n
	}
	l.tail = n
	l.size++
	return n
}

func (l *List) PushFront(v string) *Node {
	n := &Node{Val: v, Next: l.head}
	if l.head == nil {
		l.tail = n
	} else {
		l.head.Prev = n
	}
	l.head = n
	l.size++
	return n
}

func (l *List) Remove(n *Node) {
	if n.Prev != nil {
		n.Prev.Next = n.Next
	} else {
		l.head = n.Next
	}
	if n.Next != nil {
		n.Next.Prev = n.Prev
	} else {
		l.tail = n.Prev
	}
	n.Next, n.Prev = nil, nil
	l.size--
}

func (l *List) Reverse() {
	cur := l.head
	l.head, l.tail = l.tail, l.head
	for cur != nil {
		next := cur.Next
		cur.Next, cur.Prev = cur.Prev, cur.Next
		cur = next
	}
}

func (l *List) String() string {
	parts := []string{}
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, n.Val)
	}
	return "[" + strings.Join(parts, " <-> ") + "]"
}

func (l *List) Backward() []string {
	var out []string
	for n := l.tail; n != nil; n = n.Prev {
		out = append(out, n.Val)
	}
	return out
}

type SNode struct {
	V    int
	Next *SNode
}

func reverseSingly(h *SNode) *SNode {
	var prev *SNode
	for h != nil {
		h, h.Next, prev = h.Next, prev, h
	}
	return prev
}

func main() {
	l := &List{}
	b := l.PushBack("b")
	l.PushBack("c")
	l.PushFront("a")
	d := l.PushBack("d")
	fmt.Println(l, l.size)
	l.Remove(b)
	fmt.Println(l, l.size)
	l.Remove(d)
	l.PushBack("e")
	fmt.Println(l, l.Backward())
	l.Reverse()
	fmt.Println(l, l.Backward())
	fmt.Println(b.Next == nil, l.head.Val, l.tail.Val)

	var head *SNode
	for i := 5; i > 0; i-- {
		head = &SNode{i, head}
	}
	head = reverseSingly(head)
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.V, " ")
	}
	fmt.Println()

	p := &SNode{V: 1}
	q := p
	q.V = 2
	r := *p
	r.V = 3
	fmt.Println(p.V, q.V, r.V, p == q)
	fmt.Printf("%v %+v\n", r, *p)
}
