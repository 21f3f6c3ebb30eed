// init functions run before main, in the order they appear; constants,
// including iota ones, are folded where they are used.
package main

const (
	red = iota
	green
	blue
	count
)

const limit = count * 10

func init() {
	println("first init")
}

func check(ok bool, what string) {
	if ok {
		println("ok:", what)
	} else {
		println("FAILED:", what)
	}
}

func init() {
	println("second init", limit)
}

func main() {
	check(red == 0 && blue == 2, "iota values")
	check(limit == 40, "constant arithmetic")
	check(1<<10 == 1024, "constant shift")
	println(red, green, blue, count)
}
