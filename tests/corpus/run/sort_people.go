package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	First, Last string
	Age         int
	City        string
}

func (p Person) String() string {
	return fmt.Sprintf("%s %s (%d, %s)", p.First, p.Last, p.Age, p.City)
}

func main() {
	people := []Person{
		{"Ada", "Lovelace", 36, "London"},
		{"Alan", "Turing", 41, "London"},
		{"Grace", "Hopper", 85, "New York"},
		{"Linus", "Torvalds", 54, "Portland"},
		{"Barbara", "Liskov", 84, "Boston"},
		{"Ken", "Thompson", 81, "Berkeley"},
		{"Dennis", "Ritchie", 70, "Berkeley"},
	}

	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	for _, p := range people {
		fmt.Println(p)
	}
	fmt.Println("--")

	sort.Slice(people, func(i, j int) bool {
		if people[i].City != people[j].City {
			return people[i].City < people[j].City
		}
		return people[i].Last < people[j].Last
	})
	for _, p := range people {
		fmt.Printf("%-10s %-10s %d\n", p.City, p.Last, p.Age)
	}
	fmt.Println("--")

	byCity := map[string][]string{}
	for _, p := range people {
		byCity[p.City] = append(byCity[p.City], p.First)
	}
	cities := make([]string, 0, len(byCity))
	for c := range byCity {
		cities = append(cities, c)
	}
	sort.Strings(cities)
	for _, c := range cities {
		names := byCity[c]
		sort.Strings(names)
		fmt.Printf("%s: %s\n", c, strings.Join(names, ", "))
	}

	ages := []int{}
	for _, p := range people {
		ages = append(ages, p.Age)
	}
	sort.Ints(ages)
	fmt.Println(ages, "median:", ages[len(ages)/2])

	sort.Slice(ages, func(i, j int) bool { return ages[i] > ages[j] })
	fmt.Println(ages)

	words := strings.Fields("pear Apple banana apple Cherry date")
	sort.Strings(words)
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool {
		a, b := strings.ToLower(words[i]), strings.ToLower(words[j])
		if a != b {
			return a < b
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	empty := []int{}
	sort.Ints(empty)
	fmt.Println(empty)
}
