// Struct literals mixing keyed and positional elements: a positional
// value after a keyed one, and a keyed value after positional ones (the
// latter is reported at the colon).
package main

import "fmt"

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type Team struct {
	Lead    Employee
	Members []Employee
}

func main() {
	lead := Employee{Name: "Rui", "eng", 120} // ERROR col=32 "mixture of field:value and value elements in struct literal"
	t := Team{
		Lead: lead,
		Members: []Employee{
			{"Ana", "eng", Salary: 95}, // ERROR col=19 "mixture of field:value and value elements in struct literal"
		},
	}
	fmt.Println(t.Lead.Name, len(t.Members))
}
