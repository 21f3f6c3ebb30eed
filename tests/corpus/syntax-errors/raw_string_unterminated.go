// ERRORAT 6:7 "string not terminated"
// A raw string literal that is never closed runs to the end of the file.
package main

func main() {
	s := `this raw string
never ends
	println(s)
}
