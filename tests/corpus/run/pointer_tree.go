package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Key         int
	Left, Right *Tree
}

func (t *Tree) Insert(k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = t.Left.Insert(k)
	} else if k > t.Key {
		t.Right = t.Right.Insert(k)
	}
	return t
}

func (t *Tree) Contains(k int) bool {
	for t != nil {
		switch {
		case k < t.Key:
			t = t.Left
		case k > t.Key:
			t = t.Right
		default:
			return true
		}
	}
	return false
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Key)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Min() *Tree {
	for t.Left != nil {
		t = t.Left
	}
	return t
}

func (t *Tree) Delete(k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Delete(k)
	case k > t.Key:
		t.Right = t.Right.Delete(k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right.Min()
		t.Key = m.Key
		t.Right = t.Right.Delete(m.Key)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	if t.Left == nil && t.Right == nil {
		return fmt.Sprint(t.Key)
	}
	return fmt.Sprintf("(%v %d %v)", t.Left, t.Key, t.Right)
}

func (t *Tree) Draw(sb *strings.Builder, depth int) {
	if t == nil {
		return
	}
	t.Right.Draw(sb, depth+1)
	sb.WriteString(strings.Repeat("   ", depth))
	sb.WriteString(fmt.Sprintln(t.Key))
	t.Left.Draw(sb, depth+1)
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30} {
		root = root.Insert(k)
	}
	var keys []int
	root.InOrder(func(k int) { keys = append(keys, k) })
	fmt.Println(keys)
	fmt.Println("height", root.Height())
	fmt.Println(root)
	fmt.Println(root.Contains(45), root.Contains(55))

	var sb strings.Builder
	root.Draw(&sb, 0)
	fmt.Print(sb.String())

	root = root.Delete(30)
	root = root.Delete(50)
	root = root.Delete(99)
	fmt.Println(root)
	sum := 0
	root.InOrder(func(k int) { sum += k })
	fmt.Println("sum", sum, "min", root.Min().Key)

	var empty *Tree
	fmt.Println(empty.Height(), empty.Contains(1), empty)
}
