// The `{` that opens the function body is missing altogether.
package main

func main()
	println("hi") // ERROR col=2 "syntax error: non-declaration statement outside function body"
}
