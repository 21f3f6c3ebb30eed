// `...` where it is not allowed: before a spread argument, in the middle
// of an argument list, and as a variable type.
package main

func sum(xs ...int) int {
	return len(xs)
}

func main() {
	xs := []int{1, 2}
	println(sum(...xs)) // ERROR col=14 "syntax error: unexpected ..., expected expression"
	println(sum(xs..., 3)) // ERROR col=21 "syntax error: unexpected literal 3, expected )"
	var ys ...int // ERROR col=9 "syntax error: unexpected ..., expected type"
	println(ys)
}
