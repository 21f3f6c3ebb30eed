// ERRORAT 7:2 "comment not terminated"
// A block comment that is never closed runs to the end of the file.
package main

func main() {
	println("before")
	/* this comment
	is never closed
	println("after")
}
