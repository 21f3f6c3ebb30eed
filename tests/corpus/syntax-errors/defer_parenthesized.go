// The expression in a defer or go statement must not be parenthesized.
package main

func cleanup() {}

func main() {
	defer (cleanup()) // ERROR col=8 "expression in defer must not be parenthesized"
	go (cleanup()) // ERROR col=5 "expression in go must not be parenthesized"
}
