package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string {
	return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name)
}

func (b *Base) Rename(n string) {
	b.Name = n
}

func (b Base) Kind() string { return "base" }

type Timestamps struct {
	Created, Updated int
}

func (t *Timestamps) Touch(now int) {
	t.Updated = now
}

type User struct {
	Base
	Timestamps
	Email string
}

func (u User) Kind() string { return "user" }

type Admin struct {
	*User
	Level int
}

type Describer interface {
	Describe() string
}

func main() {
	u := User{Base: Base{ID: 7, Name: "ana"}, Timestamps: Timestamps{Created: 1}, Email: "ana@example.com"}
	fmt.Println(u.Describe())
	fmt.Println(u.Name, u.ID, u.Base.Name)
	u.Rename("anna")
	u.Touch(5)
	fmt.Println(u.Name, u.Updated)
	fmt.Println(u.Kind(), u.Base.Kind())
	fmt.Printf("%v\n", u)
	fmt.Printf("%+v\n", u)

	var d Describer = u
	fmt.Println(d.Describe())

	a := Admin{User: &u, Level: 3}
	a.Rename("root")
	fmt.Println(u.Name, a.Name, a.Level, a.Kind())
	a.Touch(99)
	fmt.Println(u.Updated)

	d = a
	fmt.Println(d.Describe())

	users := []User{u, {Base: Base{ID: 8, Name: "bo"}}}
	for i := range users {
		users[i].Rename(users[i].Name + "!")
	}
	for _, x := range users {
		fmt.Println(x.ID, x.Name)
	}
	fmt.Println(u.Name)
}
