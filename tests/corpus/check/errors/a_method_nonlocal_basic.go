// Methods can only be declared on types defined in the same package, not
// on predeclared types like string, int or float64; a local named type
// (Meters) is the fix. The receivers are unnamed on purpose: Go 1.19
// reports this error at the receiver name, current Go at the receiver
// type, and for an unnamed receiver the two columns are the same.
package main

import (
	"fmt"
	"strings"
)

type Meters float64

func (m Meters) String() string { return fmt.Sprintf("%.1fm", float64(m)) }

func (string) Kind() string { return "text" } // ERROR col=7 "cannot define new methods on non-local type string"

func (int) Zero() int { return 0 } // ERROR col=7 "cannot define new methods on non-local type int"

func (float64) Unit() string { return "m" } // ERROR col=7 "cannot define new methods on non-local type float64"

func describe(parts []string, d Meters) string {
	return strings.Join(parts, " ") + " " + d.String()
}

func main() {
	fmt.Println(describe([]string{"run", "for"}, 420))
}
