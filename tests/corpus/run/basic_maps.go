package main

import "fmt"

type Employee struct {
	Name string
	Age  int
}

func main() {
	ages := map[string]int{"alice": 30, "bob": 25}
	ages["carol"] = 41
	fmt.Println(ages, len(ages))

	v, ok := ages["bob"]
	fmt.Println(v, ok)
	v, ok = ages["dave"]
	fmt.Println(v, ok)

	delete(ages, "alice")
	delete(ages, "nobody")
	fmt.Println(ages, len(ages))

	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts['s'], counts['i'], counts['p'], counts['m'], counts['z'])

	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"])

	groups := map[int][]string{}
	for _, w := range []string{"go", "is", "fun", "and", "fast", "code"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)

	staff := map[string]Employee{
		"e1": {"Ann", 33},
		"e2": {"Ben", 28},
	}
	e := staff["e1"]
	e.Age++
	staff["e1"] = e
	fmt.Println(staff)

	ptrs := map[string]*Employee{"x": {"Xi", 50}}
	ptrs["x"].Age = 51
	fmt.Println(ptrs["x"].Name, ptrs["x"].Age)

	total := 0
	for _, a := range ages {
		total += a
	}
	fmt.Println("total age", total)

	keyed := map[Employee]string{{"Ann", 33}: "manager"}
	fmt.Println(keyed[Employee{"Ann", 33}], keyed[Employee{"Ann", 34}] == "")
}
