// A type declaration without a type.
package main

type Celsius // ERROR col=84 "syntax error: unexpected newline in type declaration"

func main() {}
