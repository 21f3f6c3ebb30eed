package main

import (
	"fmt"
	"sort"
)

type Course struct {
	Title   string
	Credits int
}

type Student struct {
	Name   string
	Grades map[string]int
}

func main() {
	catalog := map[string]Course{
		"cs101": {"Intro to CS", 4},
		"ma201": {"Linear Algebra", 3},
		"ph150": {"Physics", 4},
	}
	fmt.Println(catalog)

	c := catalog["ma201"]
	c.Credits = 5
	fmt.Println(catalog["ma201"].Credits, c.Credits)
	catalog["ma201"] = c
	fmt.Println(catalog["ma201"])

	students := []*Student{
		{Name: "Ivy", Grades: map[string]int{"cs101": 90, "ma201": 85}},
		{Name: "Jon", Grades: map[string]int{"cs101": 70, "ph150": 95}},
		{Name: "Kai"},
	}
	for _, s := range students {
		if s.Grades == nil {
			s.Grades = make(map[string]int)
		}
		s.Grades["ph150"] += 10
	}
	for _, s := range students {
		fmt.Println(s.Name, s.Grades)
	}

	enrollment := map[string]map[string]bool{}
	for _, s := range students {
		for code := range s.Grades {
			if enrollment[code] == nil {
				enrollment[code] = map[string]bool{}
			}
			enrollment[code][s.Name] = true
		}
	}
	fmt.Println(enrollment)

	codes := []string{}
	for code := range enrollment {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for _, code := range codes {
		names := []string{}
		for n := range enrollment[code] {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Printf("%s (%s, %d cr): %v\n", code, catalog[code].Title, catalog[code].Credits, names)
	}

	credits := map[string]int{}
	for _, s := range students {
		for code := range s.Grades {
			credits[s.Name] += catalog[code].Credits
		}
	}
	fmt.Println(credits)

	sets := map[string][]int{}
	sets["a"] = append(sets["a"], 1, 2)
	sets["b"] = append(sets["b"], 3)
	sets["a"] = append(sets["a"], 4)
	fmt.Println(sets, len(sets["missing"]))

	type key struct {
		x, y int
	}
	visited := map[key]int{}
	visited[key{1, 2}] = 5
	visited[key{1, 2}]++
	visited[key{0, 0}] = 1
	fmt.Println(visited[key{1, 2}], len(visited), visited)

	mm := map[bool]string{true: "yes", false: "no"}
	fmt.Println(mm)
	fm := map[float64]string{2.5: "b", -1: "a", 10: "c"}
	fmt.Println(fm)
}
