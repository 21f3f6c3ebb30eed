// Sorting with sort.Interface: a slice of structs by a type of its own,
// reversed orders, a stable sort that keeps ties in input order, and
// the helper types IntSlice, StringSlice and Float64Slice.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

// BySalary sorts employees by salary, lowest first.
type BySalary []Employee

func (s BySalary) Len() int           { return len(s) }
func (s BySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s BySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// byDept sorts by department only: many ties.
type byDept struct {
	list  []Employee
	calls int
}

func (b *byDept) Len() int { return len(b.list) }
func (b *byDept) Less(i, j int) bool {
	b.calls++
	return b.list[i].Dept < b.list[j].Dept
}
func (b *byDept) Swap(i, j int) { b.list[i], b.list[j] = b.list[j], b.list[i] }

// words is a sort.Interface over a string, word by word, by length.
type words []string

func (w words) Len() int           { return len(w) }
func (w words) Less(i, j int) bool { return len(w[i]) < len(w[j]) }
func (w words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }

type picky []int

func (p picky) Len() int { return len(p) }
func (p picky) Less(i, j int) bool {
	if p[i] == 13 || p[j] == 13 {
		panic(fmt.Sprintf("unlucky comparison of %d and %d", p[i], p[j]))
	}
	return p[i] < p[j]
}
func (p picky) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

func compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func names(list []Employee) string {
	var b strings.Builder
	for i, e := range list {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(e.Name)
	}
	return b.String()
}

func staff() []Employee {
	depts := []string{"ops", "dev", "qa", "dev", "ops", "sales"}
	var list []Employee
	for i := 0; i < 30; i++ {
		list = append(list, Employee{
			Name:   fmt.Sprintf("e%02d", i),
			Dept:   depts[(i*7)%len(depts)],
			Salary: 1000 + (i*37)%11*100,
		})
	}
	return list
}

func safeSort(data sort.Interface) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("sort failed: %v", r)
		}
	}()
	sort.Sort(data)
	return nil
}

func main() {
	team := []Employee{
		{"Alice", "dev", 5200}, {"Bob", "ops", 4100}, {"Carol", "dev", 6100},
		{"Dan", "qa", 3900}, {"Eve", "ops", 4700},
	}
	sort.Sort(BySalary(team))
	fmt.Println("by salary:", names(team))
	fmt.Println("sorted?", sort.IsSorted(BySalary(team)))
	sort.Sort(sort.Reverse(BySalary(team)))
	fmt.Println("highest first:", names(team))
	fmt.Println("sorted now?", sort.IsSorted(BySalary(team)), sort.IsSorted(sort.Reverse(BySalary(team))))

	// Stable keeps the input order among equal departments.
	list := staff()
	d := &byDept{list: list}
	sort.Stable(d)
	for _, dept := range []string{"dev", "ops", "qa", "sales"} {
		var in []string
		for _, e := range d.list {
			if e.Dept == dept {
				in = append(in, e.Name)
			}
		}
		fmt.Printf("%-5s %d: %s\n", dept, len(in), strings.Join(in, " "))
	}
	fmt.Println("stable sorted?", sort.IsSorted(d), "comparisons:", d.calls)

	// sort.Sort is not stable, but it is Go's pdqsort: the same ties end
	// in the same places.
	list = staff()
	sort.Sort(BySalary(list))
	fmt.Println("unstable:", names(list))
	list = staff()
	sort.Slice(list, func(i, j int) bool { return list[i].Dept < list[j].Dept })
	fmt.Println("slice:", names(list))
	list = staff()
	sort.SliceStable(list, func(i, j int) bool { return list[i].Salary > list[j].Salary })
	fmt.Println("slice stable:", names(list))

	// The helper types.
	nums := []int{42, 7, 19, 3, 88, 7, 56, 1, 23, 64, 5, 31, 77, 12, 9}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println("reversed ints:", nums)
	ints := sort.IntSlice(nums)
	ints.Sort()
	fmt.Println("ints:", ints, ints.Len(), ints.Less(0, 1), ints.Search(23), ints.Search(100))
	ints.Swap(0, ints.Len()-1)
	fmt.Println("swapped:", ints, sort.IntsAreSorted(ints))

	fruit := sort.StringSlice{"pear", "apple", "fig", "banana", "cherry"}
	fruit.Sort()
	fmt.Println("fruit:", fruit, fruit.Search("cherry"), fruit.Search("date"))
	fruit.Swap(0, 1)
	fmt.Println("fruit swapped:", fruit, fruit.Less(0, 1), sort.StringsAreSorted(fruit))
	sort.Sort(sort.Reverse(fruit))
	fmt.Println("fruit reversed:", fruit)

	temps := sort.Float64Slice{21.5, -3.25, math.NaN(), 14, 0, 36.6, -40}
	temps.Sort()
	fmt.Println("temps:", temps, temps.Len(), sort.Float64sAreSorted(temps))
	fmt.Println("search:", temps.Search(14), sort.SearchFloat64s(temps[1:], 20), sort.SearchFloat64s(temps[1:], 100))
	temps.Swap(1, 2)
	fmt.Println("temps swapped:", temps, temps.Less(1, 2), sort.Float64sAreSorted(temps))
	plain := []float64{2.5, 1.25, 3}
	sort.Sort(sort.Float64Slice(plain))
	fmt.Println("plain:", plain, sort.Float64sAreSorted(plain))

	// A type of the program's own, reversed.
	w := words(strings.Fields("the quick brown fox jumps over a lazy dog"))
	sort.Stable(sort.Reverse(w))
	fmt.Println("longest first:", strings.Join(w, " "))

	// sort.Find: a binary search with a three-way comparison.
	sorted := []string{"ant", "bee", "cat", "dog", "eel"}
	for _, target := range []string{"cat", "cow", "zebra"} {
		i, found := sort.Find(len(sorted), func(i int) int { return compare(target, sorted[i]) })
		fmt.Println("find", target, i, found)
	}
	idx := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= "d" })
	fmt.Println("first from d:", idx, sorted[idx])

	// A panicking Less stops the sort; the panic reaches the caller.
	fmt.Println(safeSort(picky{5, 13, 2, 8}))
	fmt.Println(safeSort(picky{5, 12, 2, 8}))
	fmt.Println(safeSort(sort.Reverse(picky{1, 2, 13})))
}
