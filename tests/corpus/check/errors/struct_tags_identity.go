// Struct tags are part of a struct type's identity: a value converts
// between struct types that differ only in tags, but is not assignable.
// Go 1.19 said "as type T in"; current Go says "as T value in".
package main

import "fmt"

type Wire struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type Row struct {
	ID   int
	Name string
}

func main() {
	w := Wire{1, "ann"}
	r := Row(w)
	var plain struct {
		ID   int
		Name string
	} = r
	var tagged struct {
		ID   int    `json:"id"`
		Name string `json:"name"`
	} = plain // ERROR col=6 "cannot use plain (variable of type struct{ID int; Name string}) as struct{ID int \"json:\\"id\\"\"; Name string \"json:\\"name\\"\"} value in variable declaration"
	fmt.Println(w, r, tagged)
}
