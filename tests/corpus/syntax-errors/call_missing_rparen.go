// A call whose closing parenthesis is missing at the end of the line.
package main

import "fmt"

func main() {
	total := 3
	fmt.Println("total:", total // ERROR col=127 "syntax error: unexpected newline in argument list; possibly missing comma or )"
	fmt.Println("done")
}
