// Updating fields of struct values stored in a map: the map element is
// not addressable, so neither ++ nor assignment to one of its fields is
// allowed. (A map of pointers, or reassigning the whole element, works.)
package main

import "fmt"

type Stats struct {
	Visits int
	Tags   []string
}

func record(byPage map[string]Stats, page, tag string) {
	if _, ok := byPage[page]; !ok {
		byPage[page] = Stats{}
	}
	byPage[page].Visits++ // ERROR col=2 "cannot assign to struct field byPage[page].Visits in map"
	byPage[page].Tags = append(byPage[page].Tags, tag) // ERROR col=2 "cannot assign to struct field byPage[page].Tags in map"
}

func main() {
	pages := map[string]Stats{}
	record(pages, "/home", "landing")
	record(pages, "/home", "ad")
	fmt.Println(pages["/home"].Visits, pages["/home"].Tags)
}
