// Comparisons between a pointer and a non-pointer: a *User with a User
// value, and a *int with an int.
package main

import "fmt"

type User struct {
	ID   int
	Name string
}

func find(users []User, id int) *User {
	for i := range users {
		if users[i].ID == id {
			return &users[i]
		}
	}
	return nil
}

func main() {
	users := []User{{1, "ana"}, {2, "ben"}}
	admin := users[0]
	if u := find(users, 1); u == admin { // ERROR col=31 "invalid operation: u == admin (mismatched types *User and User)"
		fmt.Println("admin found")
	}
	limit := 2
	ptr := &limit
	if ptr > len(users) { // ERROR col=11 "invalid operation: ptr > len(users) (mismatched types *int and int)"
		fmt.Println("over limit")
	}
}
