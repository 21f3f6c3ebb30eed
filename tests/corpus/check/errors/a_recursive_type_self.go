// A linked-list node that holds its successor by value instead of by
// pointer, so the type would contain itself. Go 1.19 printed "invalid
// recursive type Node" and two more lines; current Go reports a type that
// refers to itself on one line.
package main

import "fmt"

type Node struct { // ERROR col=6 "invalid recursive type: Node refers to itself"
	Value int
	Next  Node
}

type Tree struct {
	Key         string
	Left, Right *Tree
}

func (t *Tree) Insert(key string) *Tree {
	if t == nil {
		return &Tree{Key: key}
	}
	if key < t.Key {
		t.Left = t.Left.Insert(key)
	} else {
		t.Right = t.Right.Insert(key)
	}
	return t
}

func main() {
	var root *Tree
	for _, k := range []string{"m", "c", "x"} {
		root = root.Insert(k)
	}
	var head Node
	fmt.Println(root.Key, head)
}
