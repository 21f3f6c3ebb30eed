// Two structs that contain each other by value: an Employee holds its
// Department and the Department holds its manager. Go continues with
// "Employee refers to Department" and "Department refers to Employee".
package main

import "fmt"

type Employee struct { // ERROR col=6 "invalid recursive type Employee"
	Name string
	Dept Department
}

type Department struct {
	Title   string
	Manager Employee
	Budget  float64
}

type Office struct {
	City  string
	Staff []Employee
}

func headcount(o Office) int {
	return len(o.Staff)
}

func main() {
	o := Office{City: "Oslo"}
	fmt.Println(o.City, headcount(o))
}
