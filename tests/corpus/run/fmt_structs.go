package main

import (
	"errors"
	"fmt"
)

type Address struct {
	Street string
	Zip    int
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Tags    []string
	Meta    map[string]int
	Manager *Person
	private bool
}

type Pair struct {
	K string
	V interface{}
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Reading struct {
	Where string
	T     Temp
}

func main() {
	p := Person{Name: "Ada", Age: 36, Addr: Address{"Main St", 12345}, Tags: []string{"math", "code"}, Meta: map[string]int{"z": 1, "a": 2}}
	fmt.Println(p)
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Println(&p.Addr)
	fmt.Printf("%+v\n", &p.Addr)
	pp := &Person{Name: "Bob"}
	fmt.Println(pp)
	fmt.Printf("%+v\n", pp)

	var nilPerson *Person
	fmt.Println(nilPerson)
	fmt.Printf("%v %+v\n", nilPerson, nilPerson)

	var nilSlice []int
	var nilMap map[string]bool
	var nilErr error
	var nilIface interface{}
	fmt.Println(nilSlice, nilMap, nilErr, nilIface)
	fmt.Printf("%v %v %v %v\n", nilSlice, nilMap, nilErr, nilIface)
	fmt.Printf("%d %v\n", len(nilSlice), nilErr == nil)

	empty := []string{}
	fmt.Println(empty, len(empty), []string{""}, []string{"", ""})
	nested := [][]int{{1, 2}, {}, {3}}
	fmt.Println(nested)
	fmt.Printf("%v %+v\n", nested, nested)
	pairs := []Pair{{"a", 1}, {"b", "two"}, {"c", nil}, {"d", []int{4}}}
	fmt.Println(pairs)
	fmt.Printf("%+v\n", pairs)

	ms := map[string]Address{"home": {"Elm", 1}, "work": {"Oak", 2}}
	fmt.Println(ms)
	fmt.Printf("%+v\n", ms)
	mp := map[int][]string{2: {"b"}, 1: {"a", "aa"}}
	fmt.Println(mp)

	rs := []Reading{{"lab", 21.55}, {"roof", -3}}
	fmt.Println(rs)
	fmt.Printf("%v %s\n", rs[0].T, Temp(100))

	err := errors.New("disk full")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	wrapped := fmt.Errorf("save failed: %w", err)
	fmt.Println(wrapped)

	arr := [3]Address{}
	fmt.Println(arr)
	fmt.Printf("%+v\n", arr[:1])
	type Inner struct{ X, Y int }
	type Outer struct {
		I  Inner
		IP *Inner
		IS []Inner
	}
	o := Outer{I: Inner{1, 2}, IS: []Inner{{3, 4}}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(struct{}{}, [0]int{}, Pair{})
	fmt.Printf("%v|%+v\n", Address{"S", 5}, &Address{"T", 6})
}
