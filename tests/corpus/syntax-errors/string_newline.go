// ERRORAT 6:20 "newline in string"
// An interpreted string literal cannot contain a newline.
package main

func main() {
	s := "unterminated
	println(s)
}
