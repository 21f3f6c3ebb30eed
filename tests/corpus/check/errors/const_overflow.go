// Untyped constants that do not fit the target type; the context word
// follows the kind of statement.
package main

import "fmt"

func listen(port uint16) { fmt.Println("listening on", port) }

func main() {
	var b byte = 300 // ERROR col=15 "cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)"
	var level int8
	level = 200 // ERROR col=10 "cannot use 200 (untyped int constant) as int8 value in assignment (overflows)"
	listen(-1) // ERROR col=9 "cannot use -1 (untyped int constant) as uint16 value in argument to listen (overflows)"
	listen(8080)
	fmt.Println(b, level)
}
