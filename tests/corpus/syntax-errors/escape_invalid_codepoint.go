// Unicode escapes must denote valid code points: no surrogates and
// nothing above U+10FFFF.
package main

func main() {
	a := '\uD800' // ERROR col=14 "escape is invalid Unicode code point U+D800"
	b := "\U00110000" // ERROR col=18 "escape is invalid Unicode code point U+110000"
	c := "\uDFFF" // ERROR col=14 "escape is invalid Unicode code point U+DFFF"
	println(a, b, c)
}
