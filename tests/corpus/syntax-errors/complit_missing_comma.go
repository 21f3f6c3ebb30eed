// Composite literal elements not separated by commas, and a map entry
// without the colon between key and value.
package main

type Point struct{ X, Y int }

func main() {
	p := Point{1 2} // ERROR col=15 "syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"
	nums := []int{
		1,
		2 // ERROR col=106 "syntax error: unexpected newline in composite literal; possibly missing comma or }"
	}
	m := map[int]string{1: "a" 2: "b"} // ERROR col=29 "syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"
	ages := map[string]int{"ann" 31} // ERROR col=31 "syntax error: unexpected literal 31 in composite literal; possibly missing comma or }"
	println(p.X, len(nums), len(m), len(ages))
}
