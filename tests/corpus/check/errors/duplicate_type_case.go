// The same type listed twice in a type switch.
package main

import "fmt"

func describe(v any) string {
	switch v.(type) {
	case int, int64:
		return "integer"
	case string:
		return "string"
	case float64, int: // ERROR col=16 "duplicate case int in type switch"
		return "number"
	}
	return "other"
}

func main() {
	fmt.Println(describe(1), describe("x"))
}
