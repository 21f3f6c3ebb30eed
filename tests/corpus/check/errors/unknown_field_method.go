// Selecting a field and a method that a struct type does not have.
package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func (u User) Greeting() string { return "hi " + u.Name }

func main() {
	u := User{Name: "ann", Age: 31}
	fmt.Println(u.Greeting())
	fmt.Println(u.Email) // ERROR col=16 "u.Email undefined (type User has no field or method Email)"
	p := &u
	p.Save() // ERROR col=4 "p.Save undefined (type *User has no field or method Save)"
}
