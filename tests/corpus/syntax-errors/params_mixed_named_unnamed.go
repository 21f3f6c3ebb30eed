// Parameter and result lists mixing named and unnamed entries.
package main

// `string` parses as a parameter name without a type.
func f() (a int, string) { // ERROR col=24 "syntax error: missing parameter type"
	return 0, ""
}

// `[]byte` is clearly a type without a name.
func split(s string) (head string, []byte) { // ERROR col=36 "syntax error: missing parameter name"
	return s, nil
}

// The last parameter has a name but no type.
func pair(a int, b) int { // ERROR col=19 "syntax error: missing parameter type"
	return a
}

func main() {}
