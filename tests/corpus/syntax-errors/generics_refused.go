// gomini has no generics: type parameter lists get one clear error each,
// and parsing goes on after them.
package main

type Stack[T any] struct { // ERROR col=12 "type parameters are not supported (gomini has no generics)"
	items []T
}

type Pair[K comparable, V any] struct{ k K; v V } // ERROR col=11 "type parameters are not supported (gomini has no generics)"

func Map[T, U any](xs []T, f func(T) U) []U { // ERROR col=9 "type parameters are not supported (gomini has no generics)"
	return nil
}

type Grid [4]int
type Row [N * 2]int
type Names []string

func main() {
	x := 1 +
} // ERROR col=1 "syntax error: unexpected }, expected expression"
