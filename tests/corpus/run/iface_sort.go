package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type Ordering interface {
	Less(a, b Employee) bool
	Name() string
}

type byField struct {
	name string
	less func(a, b Employee) bool
}

func (f byField) Less(a, b Employee) bool { return f.less(a, b) }
func (f byField) Name() string            { return f.name }

type reversed struct{ Ordering }

func (r reversed) Less(a, b Employee) bool { return r.Ordering.Less(b, a) }
func (r reversed) Name() string            { return "-" + r.Ordering.Name() }

// chain compares by each ordering in turn until one distinguishes.
type chain []Ordering

func (c chain) Less(a, b Employee) bool {
	for _, o := range c {
		switch {
		case o.Less(a, b):
			return true
		case o.Less(b, a):
			return false
		}
	}
	return false
}

func (c chain) Name() string {
	names := make([]string, len(c))
	for i, o := range c {
		names[i] = o.Name()
	}
	return strings.Join(names, ",")
}

var (
	ByName   = byField{"name", func(a, b Employee) bool { return a.Name < b.Name }}
	ByDept   = byField{"dept", func(a, b Employee) bool { return a.Dept < b.Dept }}
	BySalary = byField{"salary", func(a, b Employee) bool { return a.Salary < b.Salary }}
	ByAge    = byField{"age", func(a, b Employee) bool { return a.Age < b.Age }}
)

func sortBy(es []Employee, o Ordering) []Employee {
	out := append([]Employee(nil), es...)
	sort.Slice(out, func(i, j int) bool { return o.Less(out[i], out[j]) })
	return out
}

func show(es []Employee, o Ordering) {
	fmt.Printf("sorted by %s:\n", o.Name())
	for _, e := range es {
		fmt.Printf("  %-7s %-5s %6d %3d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
	ok := sort.SliceIsSorted(es, func(i, j int) bool { return o.Less(es[i], es[j]) })
	fmt.Println("  verified:", ok)
}

func main() {
	staff := []Employee{
		{"Grace", "eng", 150000, 45}, {"Alan", "eng", 120000, 41},
		{"Ada", "eng", 150000, 36}, {"Linus", "ops", 95000, 52},
		{"Barbara", "ops", 99000, 29}, {"Ken", "eng", 130000, 60},
		{"Margaret", "mgmt", 175000, 33}, {"Dennis", "ops", 95000, 47},
	}
	orders := []Ordering{
		ByName,
		reversed{chain{BySalary, ByName}},
		chain{ByDept, reversed{BySalary}, ByName},
		chain{ByAge},
		reversed{chain{ByDept, ByAge}},
	}
	for _, o := range orders {
		show(sortBy(staff, o), o)
	}
	stable := append([]Employee(nil), staff...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Dept < stable[j].Dept })
	names := []string{}
	for _, e := range stable {
		names = append(names, e.Name)
	}
	fmt.Println("stable by dept:", names)
	fmt.Printf("%T %T %v\n", orders[1], orders[2], ByAge.Name())
}
