package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Key         int
	Left, Right *Tree
}

func Insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	switch {
	case k < t.Key:
		t.Left = Insert(t.Left, k)
	case k > t.Key:
		t.Right = Insert(t.Right, k)
	}
	return t
}

func Delete(t *Tree, k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = Delete(t.Left, k)
	case k > t.Key:
		t.Right = Delete(t.Right, k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		succ := t.Right
		for succ.Left != nil {
			succ = succ.Left
		}
		t.Key = succ.Key
		t.Right = Delete(t.Right, succ.Key)
	}
	return t
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

func (t *Tree) String() string {
	if t == nil {
		return "."
	}
	if t.Left == nil && t.Right == nil {
		return fmt.Sprint(t.Key)
	}
	return fmt.Sprintf("(%v %d %v)", t.Left, t.Key, t.Right)
}

func (t *Tree) Floor(k int) (int, bool) {
	best, ok := 0, false
	for t != nil {
		if t.Key == k {
			return k, true
		}
		if t.Key < k {
			best, ok = t.Key, true
			t = t.Right
		} else {
			t = t.Left
		}
	}
	return best, ok
}

func keys(t *Tree) []int {
	var out []int
	t.InOrder(func(k int) { out = append(out, k) })
	return out
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30} {
		root = Insert(root, k)
	}
	fmt.Println(root)
	fmt.Println(keys(root), root.Height())
	for _, q := range []int{10, 36, 50, 99} {
		f, ok := root.Floor(q)
		fmt.Printf("floor(%d)=%d,%t ", q, f, ok)
	}
	fmt.Println()
	steps := []int{20, 30, 50, 99, 70}
	for _, k := range steps {
		root = Delete(root, k)
		fmt.Printf("del %-2d -> %v h=%d\n", k, root, root.Height())
	}
	var sb strings.Builder
	root.InOrder(func(k int) { fmt.Fprintf(&sb, "[%d]", k) })
	fmt.Println(sb.String())
	for _, k := range keys(root) {
		root = Delete(root, k)
	}
	fmt.Println(root, root.Height(), keys(root) == nil)
	var chain *Tree
	for i := 1; i <= 6; i++ {
		chain = Insert(chain, i)
	}
	fmt.Println(chain, chain.Height())
}
