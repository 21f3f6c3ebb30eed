// Indexing and slicing constant strings with constant indices: the
// length of the string is known, so bounds are checked at compile time.
// Indexing a string variable is only checked at run time.
package main

import (
	"fmt"
	"strings"
)

const method = "GET"

const sep string = ","

func parse(line string) (string, string) {
	if strings.HasPrefix(line, method) {
		return method[0:3], line[4:]
	}
	return string(method[3]), line // ERROR col=23 "invalid argument: index 3 out of bounds [0:3]"
}

func main() {
	verb, path := parse("GET /index.html")
	fmt.Println(verb, path, method[1:5])           // ERROR col=35 "invalid argument: index 5 out of bounds [0:4]"
	fmt.Println(sep[1], strings.Split("a,b", sep)) // ERROR col=18 "invalid argument: index 1 out of bounds [0:1]"
}
