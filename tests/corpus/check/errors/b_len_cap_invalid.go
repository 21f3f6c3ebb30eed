// len and cap of values that have no length: a struct that contains a
// slice, a number, and cap of a map.
package main

import "fmt"

type Playlist struct {
	Name   string
	Tracks []string
}

func main() {
	pl := Playlist{Name: "road", Tracks: []string{"a", "b"}}
	fmt.Println(len(pl)) // ERROR col=18 "invalid argument: pl (variable of struct type Playlist) for built-in len"
	seconds := 215.5
	fmt.Println(len(seconds)) // ERROR col=18 "invalid argument: seconds (variable of type float64) for built-in len"
	plays := map[string]int{"a": 3}
	fmt.Println(cap(plays)) // ERROR col=18 "invalid argument: plays (variable of type map[string]int) for built-in cap"
	fmt.Println(len(pl.Tracks), len(plays))
}
