package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string {
	return fmt.Sprintf("%s(%d)", p.Name, p.Age)
}

type lessFunc func(a, b Person) bool

func partition(ps []Person, less lessFunc) int {
	pivot := ps[len(ps)-1]
	i := 0
	for j := 0; j < len(ps)-1; j++ {
		if less(ps[j], pivot) {
			ps[i], ps[j] = ps[j], ps[i]
			i++
		}
	}
	ps[i], ps[len(ps)-1] = ps[len(ps)-1], ps[i]
	return i
}

func quicksort(ps []Person, less lessFunc, depth int, trace *[]string) {
	if len(ps) < 2 {
		return
	}
	p := partition(ps, less)
	*trace = append(*trace, fmt.Sprintf("%sd%d pivot=%v", strings.Repeat(" ", depth), depth, ps[p]))
	quicksort(ps[:p], less, depth+1, trace)
	quicksort(ps[p+1:], less, depth+1, trace)
}

func quicksortInts(xs []int) []int {
	if len(xs) <= 1 {
		return xs
	}
	pivot := xs[0]
	var left, mid, right []int
	for _, x := range xs {
		switch {
		case x < pivot:
			left = append(left, x)
		case x == pivot:
			mid = append(mid, x)
		default:
			right = append(right, x)
		}
	}
	out := append(quicksortInts(left), mid...)
	return append(out, quicksortInts(right)...)
}

func main() {
	people := []Person{
		{"Zoe", 31}, {"Adam", 25}, {"Maya", 42}, {"Liam", 19},
		{"Omar", 37}, {"Ivy", 28}, {"Ben", 55}, {"Nia", 23},
	}
	byAge := func(a, b Person) bool { return a.Age < b.Age }
	byName := func(a, b Person) bool { return a.Name < b.Name }

	work := make([]Person, len(people))
	copy(work, people)
	var trace []string
	quicksort(work, byAge, 0, &trace)
	fmt.Println("by age: ", work)
	for _, line := range trace {
		fmt.Println(line)
	}

	copy(work, people)
	trace = trace[:0]
	quicksort(work, byName, 0, &trace)
	fmt.Println("by name:", work)
	fmt.Println("partitions:", len(trace))

	check := make([]Person, len(people))
	copy(check, people)
	sort.Slice(check, func(i, j int) bool { return check[i].Name < check[j].Name })
	same := true
	for i := range check {
		if check[i] != work[i] {
			same = false
		}
	}
	fmt.Println("matches sort.Slice:", same)
	fmt.Println("original untouched:", people[0], people[len(people)-1])

	nums := []int{5, 3, 9, 3, 1, 8, 5, 5, 0, -2, 7}
	sorted := quicksortInts(nums)
	fmt.Println(nums, "->", sorted, sort.IntsAreSorted(sorted))
}
