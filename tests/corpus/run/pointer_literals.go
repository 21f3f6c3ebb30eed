package main

import (
	"fmt"
	"sort"
	"strings"
)

type Inventory struct {
	Items *[]string
	Count *map[string]int
}

func (inv Inventory) Add(name string) {
	*inv.Items = append(*inv.Items, name)
	(*inv.Count)[name]++
}

func (inv Inventory) String() string {
	names := append([]string(nil), *inv.Items...)
	sort.Strings(names)
	return strings.Join(names, ",")
}

func grow(p *[]int, n int) {
	for i := 0; i < n; i++ {
		*p = append(*p, i*i)
	}
}

func main() {
	p := &[]int{1, 2}
	grow(p, 3)
	fmt.Println(*p, len(*p))

	m := &map[string]int{"a": 1}
	(*m)["b"] = 2
	fmt.Println(len(*m), (*m)["b"])

	ps := []*[]string{{"x"}, {"y", "z"}}
	*ps[0] = append(*ps[0], "w")
	fmt.Println(len(ps), *ps[0], *ps[1])

	inv := Inventory{&[]string{}, &map[string]int{}}
	for _, s := range []string{"pear", "apple", "pear"} {
		inv.Add(s)
	}
	fmt.Println(inv, (*inv.Count)["pear"])

	var x interface{} = &[]int{}
	fmt.Printf("%T %v\n", x, x)
	q := p
	*q = (*q)[:1]
	fmt.Println(*p, p == q)
}
