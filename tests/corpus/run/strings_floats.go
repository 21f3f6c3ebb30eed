// Strings (concatenation, length, comparison, equality) and float64
// arithmetic as print shows it, with conversions between ints and floats.
package main

const greeting = "hello"

func shout(s string) string {
	return s + "!"
}

func mean(a, b, c float64) float64 {
	return (a + b + c) / 3
}

func main() {
	s := shout(greeting) + " " + shout("gomini")
	println(s, len(s), len(""), len(greeting))
	println("abc" < "abd", "b" > "abc", "x" == "x", s != greeting, "" < "a")
	println(mean(1, 2, 4), 1.0/3, 2.5*4, -0.5)
	f := 7.9
	n := int(f)
	g := float64(n) / 2
	println(n, g, int(-f))
	var small float32 = 0.1
	println(float64(small) == 0.1, small*3 > 0.3)
}
