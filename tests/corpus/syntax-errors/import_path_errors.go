// The import path must be a string literal.
package main

import fmt // ERROR col=63 "syntax error: missing import path"
import 42 // ERROR col=8 "syntax error: import path must be a string"

func main() {}
