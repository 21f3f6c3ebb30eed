package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Timestamps struct {
	Created, Updated int
}

func (t *Timestamps) Touch(now int)  { t.Updated = now }
func (t Timestamps) Age(now int) int { return now - t.Created }

type User struct {
	Base
	*Timestamps
	Email string
}

func (u User) Kind() string { return "user:" + u.Base.Kind() }

type Admin struct {
	User
	Level int
	Name  string
}

type Describer interface{ Describe() string }

func main() {
	u := User{Base{1, "ann"}, &Timestamps{Created: 10}, "ann@x"}
	fmt.Println(u.ID, u.Name, u.Email, u.Created)
	fmt.Println(u.Describe(), u.Kind())
	u.Rename("anna")
	fmt.Println(u.Name, u.Base.Name)
	u.Touch(25)
	fmt.Println(u.Updated, u.Age(30), u.Timestamps.Age(40))

	cp := u
	cp.Touch(99)
	cp.Rename("copy")
	fmt.Println(u.Updated, u.Name, cp.Name)

	a := Admin{User: u, Level: 3, Name: "root"}
	fmt.Println(a.Name, a.User.Name, a.Base.Name, a.ID)
	fmt.Println(a.Kind(), a.Describe())
	a.Rename("changed")
	fmt.Println(a.Name, a.User.Name, u.Name)

	var d Describer = u
	fmt.Println(d.Describe())
	d = &a
	fmt.Println(d.Describe())
	d = Base{7, "b"}
	fmt.Println(d.Describe())

	fmt.Printf("%+v\n", u.Base)
	fmt.Printf("%v %+v\n", *u.Timestamps, *a.Timestamps)

	items := []Describer{u, a, &u.Base}
	for _, it := range items {
		fmt.Printf("%T -> %s\n", it, it.Describe())
	}
	type Named interface{ Kind() string }
	kinds := []Named{u, a, Base{}, &a}
	for _, k := range kinds {
		fmt.Print(k.Kind(), " ")
	}
	fmt.Println()
}
