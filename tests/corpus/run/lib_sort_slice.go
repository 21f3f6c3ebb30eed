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

func main() {
	staff := []Employee{
		{"Alice", "eng", 120, 34}, {"Bob", "ops", 90, 45}, {"Carol", "eng", 120, 29},
		{"Dan", "sales", 70, 38}, {"Eve", "ops", 95, 31}, {"Frank", "eng", 100, 50},
		{"Grace", "sales", 70, 27}, {"Heidi", "eng", 130, 41},
	}
	bySalaryDescName := func(i, j int) bool {
		if staff[i].Salary != staff[j].Salary {
			return staff[i].Salary > staff[j].Salary
		}
		return staff[i].Name < staff[j].Name
	}
	sort.Slice(staff, bySalaryDescName)
	for _, e := range staff {
		fmt.Printf("%-6s %-5s %4d %d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
	fmt.Println(sort.SliceIsSorted(staff, bySalaryDescName))
	fmt.Println(sort.SliceIsSorted(staff, func(i, j int) bool { return staff[i].Age < staff[j].Age }))

	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Dept < staff[j].Dept })
	var b strings.Builder
	for _, e := range staff {
		fmt.Fprintf(&b, "%s/%s ", e.Dept, e.Name)
	}
	fmt.Println(b.String())

	byDept := map[string][]string{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	fmt.Println(byDept)

	pts := [][2]int{{3, 1}, {1, 2}, {2, 2}, {1, 1}, {3, 0}}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i][0] != pts[j][0] {
			return pts[i][0] < pts[j][0]
		}
		return pts[i][1] < pts[j][1]
	})
	fmt.Println(pts)

	words := strings.Fields("go is an open source programming language that makes it simple to build software")
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)

	idx := []int{0, 1, 2, 3, 4}
	vals := []float64{2.5, -1, 9.75, 0, 3}
	sort.Slice(idx, func(a, b int) bool { return vals[idx[a]] < vals[idx[b]] })
	fmt.Println("argsort:", idx)

	fmt.Println(sort.SliceIsSorted([]int{}, func(i, j int) bool { return false }))
	single := []string{"only"}
	sort.Slice(single, func(i, j int) bool { return single[i] < single[j] })
	fmt.Println(single)

	type kv struct {
		k string
		v int
	}
	counts := map[string]int{"x": 3, "y": 1, "z": 3, "w": 2}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs)
}
