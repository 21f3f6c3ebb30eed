// A call whose arguments are not separated by a comma.
package main

import "fmt"

func main() {
	a, b := 1, 2
	fmt.Println(a b) // ERROR col=16 "syntax error: unexpected name b in argument list; possibly missing comma or )"
}
