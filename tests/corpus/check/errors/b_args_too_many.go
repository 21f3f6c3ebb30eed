// Calls with an extra argument: strings.Split takes no limit (that is
// strings.SplitN), and a helper is passed a separator it does not take.
// Go adds, for the first:
//	have (string, string, number)
//	want (string, string)
// and for the second:
//	have ([]string, string)
//	want ([]string)
package main

import (
	"fmt"
	"strings"
)

type Record struct {
	Fields []string
}

func format(fields []string) string {
	return "[" + strings.Join(fields, "|") + "]"
}

func main() {
	line := "id,name,email,phone"
	parts := strings.Split(line, ",", 2) // ERROR col=36 "too many arguments in call to strings.Split"
	r := Record{Fields: parts}
	fmt.Println(format(r.Fields, ";")) // ERROR col=31 "too many arguments in call to format"
}
