// ERRORAT 6:9 "newline in rune literal"
// A rune literal interrupted by the end of the line.
package main

func main() {
	r := 'x
	println(r)
}
