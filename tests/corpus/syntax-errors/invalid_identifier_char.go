// Identifiers may not contain symbols and may not begin with a digit
// (here ARABIC-INDIC DIGIT THREE, a Unicode digit).
package main

var price€ = 5 // ERROR col=10 "invalid character U+20AC '€' in identifier"

var ٣x = 3 // ERROR col=5 "identifier cannot begin with digit U+0663 '٣'"

func main() {}
