package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func (r *Registry) Add(name string, id int) {
	r.byName[name] = id
}

func main() {
	var r Registry
	fmt.Println("adding")
	r.Add("x", 1)
	fmt.Println("not reached")
}
