// The receiver base type may not be a pointer or an interface type: a
// named pointer type and an interface are both rejected. Methods belong
// on the struct (or on *Node) instead. The receivers are unnamed, so Go
// 1.19 and current Go report the same column.
package main

import (
	"fmt"
	"math"
)

type Node struct {
	Value int
	Next  *Node
}

type NodeRef *Node

func (NodeRef) Describe() string { return "node" } // ERROR col=7 "invalid receiver type NodeRef (pointer or interface type)"

type Shape interface {
	Area() float64
}

func (Shape) Kind() string { return "shape" } // ERROR col=7 "invalid receiver type Shape (pointer or interface type)"

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

func main() {
	var s Shape = Circle{2}
	n := &Node{Value: 1}
	fmt.Println(s.Area(), n.Value)
}
