// Nested composite literals with elided types: maps of structs, slices
// of pointers, arrays of slices, and anonymous structs.
package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

type Warehouse struct {
	City  string
	Stock map[string]int
}

func main() {
	catalog := map[string]Item{
		"apple": {"Apple", 0.5, []string{"fruit"}},
		"bread": {Name: "Bread", Price: 2.25},
		"milk":  {Name: "Milk", Price: 1.1, Tags: []string{"dairy", "cold"}},
	}
	houses := []*Warehouse{
		{"Oslo", map[string]int{"apple": 10, "milk": 3}},
		{City: "Lima", Stock: map[string]int{"bread": 7}},
	}
	shelves := [2][]string{{"apple", "bread"}, {"milk"}}
	config := struct {
		Currency string
		Rates    map[string]float64
	}{"EUR", map[string]float64{"USD": 1.08}}

	value := map[string]float64{}
	for _, h := range houses {
		for name, n := range h.Stock {
			value[h.City] += catalog[name].Price * float64(n)
		}
	}
	cities := make([]string, 0, len(value))
	for c := range value {
		cities = append(cities, c)
	}
	sort.Strings(cities)
	for _, c := range cities {
		fmt.Printf("%s %.2f %s (%.2f USD)\n", c, value[c], config.Currency, value[c]*config.Rates["USD"])
	}
	for i, shelf := range shelves {
		fmt.Println(i, shelf, len(catalog[shelf[0]].Tags))
	}
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	pp := []*struct{ X, Y int }{{5, 6}}
	fmt.Println(points, pp[0].X)
}
