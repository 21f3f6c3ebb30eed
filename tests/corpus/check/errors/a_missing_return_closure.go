// Missing returns in a function literal passed to sort.Slice and in a
// method: the if chains have no else. The error is at the closing brace
// of the literal's body, wherever it is indented.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type Roster []Person

func (r Roster) Oldest() Person {
	if len(r) > 0 {
		best := r[0]
		for _, p := range r[1:] {
			if p.Age > best.Age {
				best = p
			}
		}
		return best
	}
} // ERROR col=1 "missing return"

func main() {
	people := Roster{{"Ana", 31}, {"Bo", 25}, {"Cy", 31}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age < people[j].Age
		} else if people[i].Name != people[j].Name {
			return people[i].Name < people[j].Name
		}
	}) // ERROR col=2 "missing return"
	fmt.Println(people, people.Oldest().Name)
}
