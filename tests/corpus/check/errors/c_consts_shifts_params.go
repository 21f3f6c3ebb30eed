// Constants that depend on each other in a ring, a constant product too
// big for any constant, untyped operands of different kinds compared, a
// shifted constant whose type is float64 because of its conversion, and
// a parameter name used twice in an interface method.  Go 1.19 said
// "initialization loop for A" and "1 << s (shift of type float64)";
// current Go says "initialization cycle for A" (types2 initorder.go)
// and "shifted operand 1 (type float64) must be integer" (types2
// expr.go, updateExprType).  The cycle message continues with a
// "refers to" line per step, and the redeclaration with "other
// declaration of i".
package main

import "fmt"

const A = 1 + B // ERROR col=7 "initialization cycle for A"
const B = C - 1 // ERROR col=7 "initialization cycle for B"
const C = A + B + 1

const big = 1 << 300
const huge = big * big * big // ERROR col=18 "constant multiplication overflow"

var confused = true == '\n' // ERROR col=24 "invalid operation: true == '\n' (mismatched types untyped bool and untyped rune)"

type Store interface {
	Get(key string) (key int) // ERROR col=19 "key redeclared in this block"
}

func scale(s uint) float64 {
	return float64(1 << s) // ERROR col=17 "invalid operation: shifted operand 1 (type float64) must be integer"
}

func main() {
	fmt.Println(confused, scale(2))
}
