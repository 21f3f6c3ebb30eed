// sort.Ints, sort.Strings, sort.SliceStable on records, and binary
// search with sort.Search and sort.SearchInts.
package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name string
	Dept string
	Age  int
}

func insertSorted(xs []int, v int) []int {
	i := sort.SearchInts(xs, v)
	xs = append(xs, 0)
	copy(xs[i+1:], xs[i:])
	xs[i] = v
	return xs
}

func main() {
	nums := []int{42, 7, 19, 3, 88, 7}
	sort.Ints(nums)
	fmt.Println(nums, sort.IntsAreSorted(nums))
	nums = insertSorted(nums, 20)
	fmt.Println(nums)

	idx := sort.Search(len(nums), func(i int) bool { return nums[i] >= 50 })
	fmt.Println("first >= 50 at", idx, nums[idx])

	names := []string{"mallory", "alice", "bob", "Eve"}
	sort.Strings(names)
	fmt.Println(names)

	staff := []Employee{
		{"Ann", "eng", 31}, {"Bo", "ops", 45}, {"Cy", "eng", 28},
		{"Di", "ops", 31}, {"Ed", "eng", 31},
	}
	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Age < staff[j].Age })
	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Dept < staff[j].Dept })
	for _, e := range staff {
		fmt.Printf("%-4s %s %d\n", e.Dept, e.Name, e.Age)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)
}
