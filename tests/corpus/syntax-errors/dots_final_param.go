// Only the final parameter of a function may be variadic.
package main

func join(sep string, parts ...string, last string) string { // ERROR col=29 "can only use ... with final parameter"
	return sep + last
}

func main() {}
