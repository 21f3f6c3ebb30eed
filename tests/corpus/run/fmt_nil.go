package main

import (
	"errors"
	"fmt"
)

type Node struct {
	Val  int
	Next *Node
}

type Opt struct {
	Name  string
	List  []int
	Index map[string]int
	Err   error
	Any   interface{}
	Ptr   *Node
	Fn    func()
}

func find(ok bool) (*Node, error) {
	if ok {
		return &Node{Val: 1}, nil
	}
	return nil, errors.New("not found")
}

func main() {
	var s []int
	var m map[string]int
	var e error
	var i interface{}
	var p *Node
	var f func()
	var ss []string
	var bs []byte

	fmt.Println(s, m, e, i, p, ss, bs)
	fmt.Printf("%v %v %v %v %v\n", s, m, e, i, p)
	fmt.Printf("%+v %+v %+v\n", s, m, e)
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", s, m, e, i, p, ss)
	fmt.Printf("%#v %#v\n", bs, []byte{})
	fmt.Printf("%T %T %T %T %T %T\n", s, m, e, i, p, f)
	fmt.Printf("%d %s %q %x\n", s, ss, ss, bs)
	fmt.Printf("[%s] [%d] [%v]\n", nil, nil, nil)
	fmt.Println(len(s), cap(s), len(m), s == nil, m == nil, f == nil, p == nil, e == nil, i == nil)

	empty := []int{}
	emptyMap := map[string]int{}
	fmt.Printf("%v %v %#v %#v %t %t\n", empty, emptyMap, empty, emptyMap, empty == nil, emptyMap == nil)

	var o Opt
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", Opt{Name: "x", List: []int{}, Index: map[string]int{}})

	n, err := find(false)
	fmt.Println(n, err, n == nil)
	n, err = find(true)
	fmt.Println(*n, err, n.Next)
	fmt.Printf("%+v %v\n", *n, n)

	var nilNodes []*Node = make([]*Node, 2)
	fmt.Println(nilNodes, len(nilNodes))
	var ifaces = []interface{}{nil, s, m, p, e}
	for _, x := range ifaces {
		fmt.Printf("%v(%T,nil=%t) ", x, x, x == nil)
	}
	fmt.Println()
	mp := map[string]*Node{"a": nil}
	v, ok := mp["a"]
	v2, ok2 := mp["b"]
	fmt.Println(v, ok, v2, ok2, len(mp))
	fmt.Println(fmt.Sprint(nil), fmt.Sprint(nil, nil), fmt.Sprintln(nil, 1) == "<nil> 1\n")
	arr := [3]*int{}
	fmt.Println(arr, [2]error{}, [2]interface{}{})
}
