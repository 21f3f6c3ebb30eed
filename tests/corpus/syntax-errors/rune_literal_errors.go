// Rune literals must contain exactly one character.
package main

func main() {
	r := '' // ERROR col=8 "empty rune literal or unescaped '"
	s := 'ab' // ERROR col=7 "more than one character in rune literal"
	t := '世界' // ERROR col=7 "more than one character in rune literal"
	println(r, s, t)
}
