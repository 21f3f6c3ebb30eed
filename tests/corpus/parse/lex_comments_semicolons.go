// Line comment before the package clause.
/* Block comment before the package clause. */
package main /* block comment after the package name */

import "fmt" // line comment after an import

/*
A block comment that spans
several lines at the top level.
*/

// Block comment containing comment-like text: // and /* (no nesting).
/* // still the same comment /* still */

var x = 1 /* a block comment spanning lines
   at the end of a statement acts like a newline,
   so a semicolon is inserted after 1 */
var y = 2 /* single-line block comment: semicolon inserted at the newline */

func f(a /* inline */ int, b int /* before paren */) int /* after signature */ {
	return a + /* inside expression */ b // trailing
}

func g() int {
	return 3 /* multi-line comment
	after return value */
}

func h() {
	fmt.Println("h") /*
	*/ fmt.Println("after multi-line comment acting as a newline")
}

func main() {
	// Semicolons are inserted after identifiers, literals, the keywords
	// break continue fallthrough return, the operators ++ --, and ) ] }.
	a := x
	b := 1.5
	c := "s"
	d := 'r'
	e := `raw`
	a++
	a--
	s := []int{1, 2}
	v := s[0]
	m := map[string]int{}
	fn := func() {}
	fn()
	for {
		break
	}
	for i := 0; i < 1; i++ {
		continue
	}
	switch {
	case true:
		fallthrough
	default:
	}

	// Explicit semicolons, and a comment between statements on one line.
	p := 1; q := 2 /* between */; r := 3
	;;

	// Operators at the end of a line continue the expression.
	total := a +
		v *
			2
	ok := true &&
		false ||
		true
	call := f(
		1,
		2)
	chained := fmt.
		Sprint("chained")
	fmt.Println(a, b, c, d, e, s, v, m, p, q, r, total, ok, call, chained, y, g())
	h()
}

/* comment at the end of the file */
// and a final line comment
