// `else` must be followed by `if` or a block.
package main

func main() {
	x := 1
	if x > 0 {
		x++
	} else for x < 10 { // ERROR col=9 "syntax error: else must be followed by if or statement block"
		x++
	}
}
