package main

import "fmt"

type Level int

type Coord struct {
	Lat, Lng float64
}

type Address struct {
	City  string
	Zip   string
	Coord Coord
}

type Meta struct {
	Tags  []string
	Attrs map[string]int
}

type Employee struct {
	ID      int
	Name    string
	Level   Level
	Active  bool
	Salary  float64
	Address Address
	Manager *Employee
	Meta
	Extra interface{}
	bonus uint8
}

func main() {
	e := Employee{
		ID:      7,
		Name:    "Ada",
		Level:   3,
		Active:  true,
		Salary:  123456.5,
		Address: Address{"London", "N1", Coord{51.5, -0.12}},
		Meta:    Meta{Tags: []string{"eng", "lead"}, Attrs: map[string]int{"z": 26, "a": 1}},
		Extra:   []int{1, 2},
		bonus:   200,
	}
	fmt.Printf("%v\n\n%+v\n\n%#v\n\n", e, e, e)
	fmt.Printf("%v\n%+v\n", &e.Address, &e.Address.Coord)

	team := []Employee{
		{ID: 1, Name: "A", Extra: "x"},
		{ID: 2, Name: "B", Extra: 2.5, Meta: Meta{Tags: []string{}}},
	}
	fmt.Printf("%v\n%+v\n", team, team)
	fmt.Printf("%#v\n", team[1].Meta)

	byCity := map[string]Address{
		"paris": {"Paris", "75001", Coord{48.85, 2.35}},
		"rome":  {"Rome", "00100", Coord{41.9, 12.5}},
	}
	fmt.Printf("%v\n%+v\n%#v\n", byCity, byCity, byCity["rome"])

	grid := map[Coord]Level{{1, 2}: 3, {0, 5}: 1, {1, 0}: 2}
	fmt.Println(grid)
	fmt.Printf("%#v\n", grid)

	pts := []*Coord{{1, 2}, {3, 4}}
	fmt.Printf("%+v %v\n", *pts[0], *pts[1])
	nested := [][]Coord{{{1, 1}}, {}, {{2, 2}, {3, 3}}}
	fmt.Printf("%v | %+v\n", nested, nested)
	fmt.Printf("%#v\n", nested)

	anon := []struct {
		K string
		V []int
	}{{"a", []int{1}}, {"b", nil}}
	fmt.Printf("%v %+v\n", anon, anon)
	fmt.Printf("%#v\n", anon)
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", Level(2), 3.0, "q\"s", 'r', uint8(10), []byte{1, 2})
	fmt.Printf("%#v %#v %#v\n", []interface{}{1, "a", nil}, map[string]bool{"t": true}, [2]string{"x", "y"})
	fmt.Printf("%v|%d|%s\n", Coord{1.5, 2}, Coord{1.5, 2}, Address{City: "Oslo"})
	fmt.Printf("%x %X %o\n", struct {
		S string
		N int
	}{"Hi", 255}, []int{10, 255}, struct{ A, B int }{8, 9})
}
