// Statements are not allowed at the top level: an assignment, a short
// variable declaration, a call and a stray closing brace. After each error
// the parser skips ahead to the next declaration keyword, so the call right
// after the first error is not reported separately.
package main

import "fmt"

var counter int

counter = 1 // ERROR col=1 "syntax error: non-declaration statement outside function body"

fmt.Println(counter)

var ready = true

limit := 10 // ERROR col=1 "syntax error: non-declaration statement outside function body"

func main() {
	fmt.Println(counter, ready)
}
} // ERROR col=1 "syntax error: non-declaration statement outside function body"
