package main

import "fmt"

type Animal interface {
	Sound() string
}

type Dog struct{ name string }

func (d *Dog) Sound() string {
	if d == nil {
		return "(silent nil dog)"
	}
	return d.name + " says woof"
}

type Cow struct{}

func (Cow) Sound() string { return "moo" }

func find(name string, zoo map[string]*Dog) Animal {
	return zoo[name]
}

func findSafe(name string, zoo map[string]*Dog) Animal {
	if d, ok := zoo[name]; ok {
		return d
	}
	return nil
}

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Next.Sum()
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func main() {
	zoo := map[string]*Dog{"rex": {"rex"}}
	a1 := find("rex", zoo)
	a2 := find("fido", zoo)
	a3 := findSafe("fido", zoo)
	fmt.Println(a1 == nil, a2 == nil, a3 == nil)
	fmt.Println(a1.Sound())
	fmt.Println(a2.Sound())
	fmt.Printf("%T %T %v\n", a2, a3, a3)

	var animals []Animal
	animals = append(animals, Cow{}, &Dog{"spot"}, (*Dog)(nil), nil)
	for i, a := range animals {
		if a == nil {
			fmt.Println(i, "empty slot")
			continue
		}
		fmt.Println(i, a.Sound())
	}

	func() {
		defer func() {
			r := recover()
			fmt.Println("calling method on nil interface panics:", r != nil)
		}()
		var a Animal
		fmt.Println(a.Sound())
	}()

	var list *Node
	fmt.Println(list.Sum(), list.Len())
	list = &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list.Sum(), list.Len())

	var e1 interface{}
	var e2 interface{} = nil
	var dp *Dog
	var e3 interface{} = dp
	fmt.Println(e1 == e2, e1 == nil, e3 == nil, e3 == (*Dog)(nil))
	var s []int
	var m map[string]int
	var f func()
	var iface interface{} = s
	fmt.Println(s == nil, m == nil, f == nil, iface == nil, len(s), len(m), m["x"])
	fmt.Printf("%v %v %d %t\n", s, m, len(m), f == nil)

	var c1, c2 Animal = Cow{}, Cow{}
	d := &Dog{"x"}
	var d1, d2 Animal = d, d
	var d3 Animal = &Dog{"x"}
	fmt.Println(c1 == c2, d1 == d2, d1 == d3)
	func() {
		defer func() { fmt.Println("comparing uncomparable:", recover()) }()
		var x, y interface{} = []int{1}, []int{1}
		fmt.Println(x == y)
	}()
}
