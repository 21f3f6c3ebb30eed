package main

import "fmt"

type Address struct {
	City string
	Zip  *string
}

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Addr    *Address
	Meta    map[string]interface{}
	Friends []*Person
	private int
}

type Tree struct {
	Val   int
	Kids  []Tree
	Attrs map[string][]int
}

func main() {
	p := Person{Name: "Ann", Age: 30, Tags: []string{"a", "b"}, Meta: map[string]interface{}{"x": 1, "y": []int{2, 3}}, private: 7}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%T %T %T %T\n", p.Addr, p.Meta, p.Friends, p.Tags)
	fmt.Println(p.Addr == nil, p.Friends == nil, len(p.Friends))

	m := map[string]map[string][]int{
		"b": {"z": {3}, "y": {2, 1}},
		"a": {"k": nil, "j": {}},
	}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n", m, m)

	nested := [][]interface{}{{1, "two", 3.0}, {nil, true, []string{"x"}}, {}}
	fmt.Println(nested)
	fmt.Printf("%v %d\n", nested[0], [][]int{{1, 2}, {3}})

	t := Tree{1, []Tree{{2, nil, nil}, {3, []Tree{{4, nil, map[string][]int{"w": {9}}}}, nil}}, map[string][]int{"root": {1}}}
	fmt.Printf("%v\n%+v\n", t, t)

	type Wrapper struct {
		Err   error
		Any   interface{}
		Ptr   *int
		Slice []int
		Map   map[int]bool
		Fn    func()
	}
	var w Wrapper
	fmt.Printf("%v\n%+v\n", w, w)
	w.Any = map[int]string{2: "b", 1: "a", -1: "neg"}
	w.Err = fmt.Errorf("wrapped %d", 5)
	w.Slice = []int{}
	w.Map = map[int]bool{3: true, 1: false}
	fmt.Printf("%v\n%+v\n", w, w)

	arr := [3]map[string]int{{"a": 1}, nil, {}}
	fmt.Println(arr, len(arr[1]))
	keys := map[[2]int]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"}
	fmt.Println(keys)
	bools := map[bool]int{true: 1, false: 0}
	fmt.Println(bools)
	floats := map[float64]string{2.5: "x", -1: "y", 0: "z"}
	fmt.Println(floats)
	ifaceKeys := map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, false: 6}
	fmt.Println(len(ifaceKeys), ifaceKeys["a"], ifaceKeys[1], ifaceKeys[2.5])
	var np *Person
	ps := []*Person{nil, np}
	fmt.Println(ps[0] == nil, ps[1] == nil, len(ps))
	fmt.Printf("%v %+v\n", struct{ A, B interface{} }{nil, []byte("hi")}, struct{ P *int }{})
}
