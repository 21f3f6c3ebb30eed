// Sorting records three ways: sort.Slice with multi-key comparison,
// sort.Sort and sort.Stable on a named slice type, and sort.Search.
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

type byAge []Employee

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

var _ sort.Interface = byAge(nil)

func names(es []Employee) string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Name
	}
	return strings.Join(parts, " ")
}

func main() {
	staff := []Employee{
		{"Mia", "eng", 120, 31},
		{"Leo", "ops", 90, 45},
		{"Ana", "eng", 120, 28},
		{"Raj", "eng", 150, 39},
		{"Zoe", "ops", 95, 31},
		{"Kai", "hr", 70, 28},
	}

	sort.Slice(staff, func(i, j int) bool {
		a, b := staff[i], staff[j]
		if a.Dept != b.Dept {
			return a.Dept < b.Dept
		}
		if a.Salary != b.Salary {
			return a.Salary > b.Salary
		}
		return a.Name < b.Name
	})
	fmt.Println("by dept/salary:", names(staff))

	sort.Stable(byAge(staff))
	fmt.Println("stable by age:", names(staff), sort.IsSorted(byAge(staff)))

	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Name < staff[j].Name })
	fmt.Println("by name:", names(staff))

	salaries := make([]int, 0, len(staff))
	byDept := map[string][]int{}
	for _, e := range staff {
		salaries = append(salaries, e.Salary)
		byDept[e.Dept] = append(byDept[e.Dept], e.Age)
	}
	sort.Ints(salaries)
	fmt.Println(salaries, sort.IntsAreSorted(salaries))
	fmt.Println("first >= 100 at", sort.SearchInts(salaries, 100))
	i := sort.Search(len(salaries), func(i int) bool { return salaries[i] > 120 })
	fmt.Println("above 120:", salaries[i:])

	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		ages := byDept[d]
		sort.Sort(sort.Interface(intDesc(ages)))
		fmt.Println(d, ages, sort.SearchStrings(depts, d))
	}
	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(fs)
}

type intDesc []int

func (x intDesc) Len() int           { return len(x) }
func (x intDesc) Less(i, j int) bool { return x[i] > x[j] }
func (x intDesc) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
