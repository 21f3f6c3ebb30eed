// ++ and -- applied to a string field, a bool flag and a string
// variable.
package main

import "fmt"

type Version struct {
	Major int
	Tag   string
}

func bump(v *Version, release bool) {
	v.Major++
	v.Tag++ // ERROR col=2 "invalid operation: v.Tag++ (non-numeric type string)"
	release-- // ERROR col=2 "invalid operation: release-- (non-numeric type bool)"
	fmt.Println(release)
}

func main() {
	v := &Version{Major: 1, Tag: "a"}
	bump(v, true)
	suffix := "rc"
	suffix++ // ERROR col=2 "invalid operation: suffix++ (non-numeric type string)"
	fmt.Println(v.Major, v.Tag, suffix)
}
