package main

import "fmt"

type Address struct {
	Street string
	City   string
}

type Person struct {
	Name    string
	Age     int
	Home    Address
	Work    *Address
	Tags    []string
	Friends map[string]int
}

func birthday(p Person) Person {
	p.Age++
	p.Home.City = "Changed"
	p.Tags = append(p.Tags, "older")
	return p
}

func birthdayPtr(p *Person) {
	p.Age++
	p.Home.City = "ChangedPtr"
}

func main() {
	office := &Address{"1 Main St", "Springfield"}
	alice := Person{
		Name:    "Alice",
		Age:     30,
		Home:    Address{"12 Oak Ave", "Shelbyville"},
		Work:    office,
		Tags:    make([]string, 1, 4),
		Friends: map[string]int{"bob": 5},
	}
	alice.Tags[0] = "dev"

	clone := alice
	clone.Name = "Clone"
	clone.Home.Street = "99 Elm"
	clone.Work.City = "Capital City"
	clone.Tags[0] = "ops"
	clone.Friends["carol"] = 3

	fmt.Println("alice:", alice.Name, alice.Home, *alice.Work, alice.Tags, alice.Friends)
	fmt.Println("clone:", clone.Name, clone.Home, *clone.Work, clone.Tags, clone.Friends)
	fmt.Println("same Work pointer:", alice.Work == clone.Work)

	older := birthday(alice)
	fmt.Println("birthday copy:", alice.Age, alice.Home.City, older.Age, older.Home.City)
	fmt.Println("tags share backing array:", alice.Tags, older.Tags, alice.Tags[:2])

	birthdayPtr(&alice)
	fmt.Println("birthdayPtr:", alice.Age, alice.Home.City)

	type Pair struct {
		A, B int
	}
	p1 := Pair{1, 2}
	p2 := p1
	p2.B = 20
	pp := &p1
	pp.A = 10
	fmt.Println(p1, p2, *pp, p1 == Pair{10, 2})

	anon := struct {
		X, Y float64
		L    string
	}{1.5, -2, "pt"}
	copyAnon := anon
	copyAnon.L = "copy"
	fmt.Printf("%v %+v\n", anon, copyAnon)

	people := []Person{alice, clone}
	for _, p := range people {
		p.Age = 0
	}
	fmt.Println("range copies:", people[0].Age, people[1].Age)
	for i := range people {
		people[i].Age = 1
	}
	fmt.Println("index writes:", people[0].Age, people[1].Age, alice.Age)

	ptrs := []*Person{&alice, &clone}
	for _, p := range ptrs {
		p.Age += 100
	}
	fmt.Println("through pointers:", alice.Age, clone.Age)
	var zero Person
	fmt.Printf("zero: %q %d %v %v %v %t\n", zero.Name, zero.Age, zero.Home, zero.Tags, zero.Friends, zero.Work == nil)
}
