package main

import (
	"fmt"
	"strings"
)

type AVL struct {
	Key, Height int
	L, R        *AVL
}

func h(n *AVL) int {
	if n == nil {
		return 0
	}
	return n.Height
}

func fix(n *AVL) {
	n.Height = 1 + h(n.L)
	if h(n.R) >= h(n.L) {
		n.Height = 1 + h(n.R)
	}
}

func rotRight(y *AVL) *AVL {
	x := y.L
	y.L, x.R = x.R, y
	fix(y)
	fix(x)
	return x
}

func rotLeft(x *AVL) *AVL {
	y := x.R
	x.R, y.L = y.L, x
	fix(x)
	fix(y)
	return y
}

var rotations []string

func balance(n *AVL) *AVL {
	fix(n)
	bf := h(n.L) - h(n.R)
	switch {
	case bf > 1:
		if h(n.L.L) < h(n.L.R) {
			rotations = append(rotations, fmt.Sprintf("LR@%d", n.Key))
			n.L = rotLeft(n.L)
		} else {
			rotations = append(rotations, fmt.Sprintf("LL@%d", n.Key))
		}
		return rotRight(n)
	case bf < -1:
		if h(n.R.R) < h(n.R.L) {
			rotations = append(rotations, fmt.Sprintf("RL@%d", n.Key))
			n.R = rotRight(n.R)
		} else {
			rotations = append(rotations, fmt.Sprintf("RR@%d", n.Key))
		}
		return rotLeft(n)
	}
	return n
}

func Insert(n *AVL, k int) *AVL {
	if n == nil {
		return &AVL{Key: k, Height: 1}
	}
	if k < n.Key {
		n.L = Insert(n.L, k)
	} else if k > n.Key {
		n.R = Insert(n.R, k)
	} else {
		return n
	}
	return balance(n)
}

func Remove(n *AVL, k int) *AVL {
	if n == nil {
		return nil
	}
	switch {
	case k < n.Key:
		n.L = Remove(n.L, k)
	case k > n.Key:
		n.R = Remove(n.R, k)
	default:
		if n.L == nil || n.R == nil {
			if n.L != nil {
				return n.L
			}
			return n.R
		}
		m := n.R
		for m.L != nil {
			m = m.L
		}
		n.Key = m.Key
		n.R = Remove(n.R, m.Key)
	}
	return balance(n)
}

func (n *AVL) String() string {
	if n == nil {
		return "-"
	}
	if n.L == nil && n.R == nil {
		return fmt.Sprint(n.Key)
	}
	return fmt.Sprintf("%d[%v,%v]", n.Key, n.L, n.R)
}

func valid(n *AVL, lo, hi int) bool {
	if n == nil {
		return true
	}
	bf := h(n.L) - h(n.R)
	return n.Key > lo && n.Key < hi && bf >= -1 && bf <= 1 && valid(n.L, lo, n.Key) && valid(n.R, n.Key, hi)
}

func main() {
	var root *AVL
	for i := 1; i <= 10; i++ {
		root = Insert(root, i)
	}
	fmt.Println(root, "height", h(root), "valid", valid(root, -1<<31, 1<<31))
	fmt.Println(strings.Join(rotations, " "))
	rotations = nil
	for _, k := range []int{15, 12, 13, 11, 0} {
		root = Insert(root, k)
	}
	fmt.Println(root, h(root), rotations)
	rotations = nil
	for _, k := range []int{4, 1, 2, 3, 99} {
		root = Remove(root, k)
		fmt.Printf("remove %2d: %v valid=%t\n", k, root, valid(root, -1<<31, 1<<31))
	}
	fmt.Println(rotations)
	var big *AVL
	for i := 0; i < 1000; i++ {
		big = Insert(big, (i*7919)%1000)
	}
	fmt.Println("1000 keys height:", h(big), valid(big, -1<<31, 1<<31))
}
