// delete on a slice, delete with a key of the wrong type, and copy
// between slices of different element types. Go 1.19 said "invalid
// argument: arguments to copy ..."; current Go says "invalid copy:
// arguments ..." (types2 builtins.go, case _Copy).
package main

import (
	"fmt"
	"strconv"
)

type Registry struct {
	byName map[string]int
	order  []string
}

func (r *Registry) Remove(name string, id int) {
	delete(r.order, name) // ERROR col=9 "invalid argument: r.order (variable of type []string) is not a map"
	delete(r.byName, id) // ERROR col=19 "cannot use id (variable of type int) as string value in argument to delete"
}

func main() {
	r := &Registry{byName: map[string]int{"a": 1}, order: []string{"a"}}
	r.Remove("a", 1)
	ids := make([]int, len(r.order))
	copy(ids, r.order) // ERROR col=7 "invalid copy: arguments ids (variable of type []int) and r.order (variable of type []string) have different element types int and string"
	fmt.Println(ids, strconv.Itoa(len(r.byName)))
}
