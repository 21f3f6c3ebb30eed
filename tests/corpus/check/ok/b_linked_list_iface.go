// A singly linked list holding interface{} values: push/pop/reverse,
// Map/Filter/Reduce with closures, and type assertions when summing.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Node struct {
	Val  interface{}
	Next *Node
}

type List struct {
	head *Node
	size int
}

var ErrEmptyList = errors.New("empty list")

func FromValues(vals ...interface{}) *List {
	l := &List{}
	for i := len(vals) - 1; i >= 0; i-- {
		l.Push(vals[i])
	}
	return l
}

func (l *List) Push(v interface{}) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) Pop() (interface{}, error) {
	if l.head == nil {
		return nil, ErrEmptyList
	}
	v := l.head.Val
	l.head = l.head.Next
	l.size--
	return v, nil
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

func (l *List) Each(fn func(i int, v interface{})) {
	i := 0
	for n := l.head; n != nil; n = n.Next {
		fn(i, n.Val)
		i++
	}
}

func (l *List) Map(fn func(interface{}) interface{}) *List {
	var vals []interface{}
	l.Each(func(_ int, v interface{}) { vals = append(vals, fn(v)) })
	return FromValues(vals...)
}

func (l *List) Filter(keep func(interface{}) bool) *List {
	var vals []interface{}
	l.Each(func(_ int, v interface{}) {
		if keep(v) {
			vals = append(vals, v)
		}
	})
	return FromValues(vals...)
}

func (l *List) Reduce(acc interface{}, fn func(acc, v interface{}) interface{}) interface{} {
	l.Each(func(_ int, v interface{}) { acc = fn(acc, v) })
	return acc
}

func (l List) String() string {
	parts := make([]string, 0, l.size)
	l.Each(func(_ int, v interface{}) { parts = append(parts, fmt.Sprintf("%v", v)) })
	return "(" + strings.Join(parts, " -> ") + ")"
}

func isNumber(v interface{}) bool {
	switch v.(type) {
	case int, float64:
		return true
	}
	return false
}

func main() {
	l := FromValues(1, "two", 3.5, nil, 4, []int{5}, "six", 7)
	fmt.Println(l, l.size)
	nums := l.Filter(isNumber)
	doubled := nums.Map(func(v interface{}) interface{} {
		if i, ok := v.(int); ok {
			return i * 2
		}
		return v.(float64) * 2
	})
	sum := doubled.Reduce(0.0, func(acc, v interface{}) interface{} {
		switch x := v.(type) {
		case int:
			return acc.(float64) + float64(x)
		case float64:
			return acc.(float64) + x
		}
		return acc
	})
	fmt.Printf("nums=%v doubled=%v sum=%v (%T)\n", nums, doubled, sum, sum)
	l.Reverse()
	types := map[string]int{}
	l.Each(func(i int, v interface{}) { types[fmt.Sprintf("%T", v)]++ })
	fmt.Println("reversed:", l, types)
	for {
		v, err := l.Pop()
		if err == ErrEmptyList {
			fmt.Println("drained:", err, l.size)
			break
		}
		if s, ok := v.(string); ok {
			fmt.Printf("popped string %q\n", s)
		}
	}
}
