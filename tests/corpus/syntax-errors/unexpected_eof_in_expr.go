// ERRORAT 6:1 "syntax error: unexpected EOF, expected expression"
// The file ends in the middle of an expression.
package main

var total = 1 +
