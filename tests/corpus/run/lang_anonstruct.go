package main

import (
	"fmt"
	"sort"
)

func main() {
	point := struct {
		X, Y int
	}{3, 4}
	fmt.Println(point, point.X*point.Y)
	fmt.Printf("%+v\n", point)

	tests := []struct {
		name string
		in   int
		want int
	}{
		{"zero", 0, 0},
		{"one", 1, 1},
		{"five", 5, 120},
		{"bad", 3, 7},
	}
	fact := func(n int) int {
		r := 1
		for i := 2; i <= n; i++ {
			r *= i
		}
		return r
	}
	for _, tc := range tests {
		got := fact(tc.in)
		status := "ok"
		if got != tc.want {
			status = fmt.Sprintf("FAIL got %d", got)
		}
		fmt.Printf("%-5s %s\n", tc.name, status)
	}

	config := struct {
		Host   string
		Port   int
		Debug  bool
		Limits struct {
			Max, Min int
		}
	}{Host: "localhost", Port: 8080}
	config.Limits.Max = 100
	fmt.Printf("%+v\n", config)
	fmt.Printf("%v\n", config)

	type named struct{ X, Y int }
	var n named = point
	fmt.Println(n, n == named(point))

	people := []struct {
		Name string
		Age  int
	}{{"Ann", 31}, {"Bob", 25}, {"Cid", 40}, {"Dee", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)

	groups := map[string][]struct{ ID int }{}
	groups["a"] = append(groups["a"], struct{ ID int }{1}, struct{ ID int }{2})
	groups["b"] = append(groups["b"], struct{ ID int }{3})
	fmt.Println(groups)

	var empty struct{}
	set := map[string]struct{}{"x": empty, "y": {}}
	_, has := set["x"]
	_, hasZ := set["z"]
	fmt.Println(len(set), has, hasZ, set)

	pp := &struct{ V []int }{V: []int{1}}
	pp.V = append(pp.V, 2)
	fmt.Printf("%v %+v\n", *pp, *pp)

	nested := struct {
		Inner struct{ A, B string }
		List  []struct{ K string }
	}{}
	nested.Inner.A = "a"
	nested.List = append(nested.List, struct{ K string }{"k1"})
	fmt.Printf("%+v\n", nested)
	fmt.Printf("%T\n", point)
	fmt.Printf("%#v\n", point)
	a1 := struct{ A int }{1}
	a2 := struct{ A int }{1}
	fmt.Println(a1 == a2)
}
