// Opening braces of if and for statements on the next line.
package main

func main() {
	x := 3
	if x > 2 // ERROR col=89 "syntax error: unexpected newline, expected { after if clause"
	{
		println("big")
	}
	for x > 0
	{ // ERROR col=2 "syntax error: unexpected {, expected for loop condition"
		x--
	}
}
