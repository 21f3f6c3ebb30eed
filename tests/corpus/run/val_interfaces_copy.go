package main

import "fmt"

type Box struct {
	Label string
	Items []string
	Count int
}

func (b Box) Describe() string { return fmt.Sprintf("%s(%d)%v", b.Label, b.Count, b.Items) }

type Describer interface{ Describe() string }

type Mutable struct{ V int }

func (m *Mutable) Describe() string { m.V++; return fmt.Sprint("mutable ", m.V) }

func main() {
	b := Box{Label: "tools", Items: []string{"hammer"}, Count: 1}
	var d Describer = b // copies the struct
	b.Label = "changed"
	b.Count = 99
	b.Items[0] = "wrench" // but the slice backing is shared
	fmt.Println("interface:", d.Describe())
	fmt.Println("original: ", b.Describe())

	var anyVal interface{} = b
	b2 := anyVal.(Box)
	b2.Count = -5
	fmt.Println("asserted copy:", b2.Count, anyVal.(Box).Count)

	pb := &b
	var dp Describer = pb
	b.Label = "via pointer"
	fmt.Println("pointer interface:", dp.Describe())

	m := &Mutable{}
	var dm Describer = m
	dm.Describe()
	dm.Describe()
	fmt.Println("pointer method mutated:", m.V)

	list := []Describer{b, &b, m}
	b.Count = 7
	for i, x := range list {
		fmt.Printf("%d %T %s\n", i, x, x.Describe())
	}

	vals := []interface{}{1, "a", [2]int{1, 2}, Box{Label: "x"}}
	arr := vals[2].([2]int)
	arr[0] = 100
	fmt.Println(vals[2], arr)

	vals2 := make([]interface{}, len(vals))
	copy(vals2, vals)
	vals2[0] = 2
	fmt.Println(vals[0], vals2[0])

	sl := []int{1, 2, 3}
	var holder interface{} = sl
	sl[0] = 42
	fmt.Println("slice in interface shares:", holder)

	mp := map[string]int{"k": 1}
	var mh interface{} = mp
	mp["k"] = 2
	mh.(map[string]int)["z"] = 26
	fmt.Println("map in interface shares:", mh, len(mp))

	s1 := struct{ A int }{1}
	var e1, e2 interface{} = s1, s1
	s1.A = 2
	fmt.Println(e1 == e2, e1 == interface{}(s1), e1)
}
