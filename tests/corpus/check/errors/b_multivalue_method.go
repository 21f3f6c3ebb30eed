// A method returning (*User, error) is compared with nil and passed on
// as if it returned only the pointer. Passing both results to greet is
// reported as too many arguments, with two more lines:
//	have (*User, error)
//	want (*User)
package main

import (
	"errors"
	"fmt"
)

type User struct {
	ID   int
	Name string
}

type Directory struct {
	users map[int]*User
}

func (d *Directory) Lookup(id int) (*User, error) {
	u, ok := d.users[id]
	if !ok {
		return nil, errors.New("no such user")
	}
	return u, nil
}

func greet(u *User) string {
	return "hello, " + u.Name
}

func main() {
	d := &Directory{users: map[int]*User{1: {ID: 1, Name: "ada"}}}
	if d.Lookup(2) == nil { // ERROR col=5 "multiple-value d.Lookup(2) (value of type (*User, error)) in single-value context"
		fmt.Println("missing")
	}
	fmt.Println(greet(d.Lookup(1))) // ERROR col=20 "too many arguments in call to greet"
}
