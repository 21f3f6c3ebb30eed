// Variadic functions called with lists and with xs..., append of a
// string to a byte slice, copy between slices and into arrays.
package main

import (
	"errors"
	"fmt"
	"strings"
)

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return
}

func joinWith(sep string, parts ...string) string { return strings.Join(parts, sep) }

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func logf(prefix string, format string, args ...any) string {
	return prefix + ": " + fmt.Sprintf(format, args...)
}

type Path []string

func (p Path) Extend(more ...string) Path {
	out := make(Path, len(p), len(p)+len(more))
	copy(out, p)
	return append(out, more...)
}

func (p Path) String() string { return "/" + joinWith("/", p...) }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...), sum(append(xs, 10)...))

	fmt.Println(joinWith("-", "a", "b", "c"))
	words := strings.Fields("the quick brown fox")
	fmt.Println(joinWith(" | ", words[1:]...))

	e1 := errors.New("disk full")
	fmt.Println(firstErr(nil, nil), firstErr(nil, e1, errors.New("later")))
	errs := []error{nil, nil}
	fmt.Println(firstErr(errs...) == nil)

	fmt.Println(logf("db", "%d rows in %s", 42, "users"))
	args := []any{"x", 1.5}
	fmt.Println(logf("cfg", "%s=%.1f", args...))

	b := append([]byte("x"), "yz"...)
	b = append(b, '!')
	b = append(b, []byte(" ok")...)
	fmt.Println(string(b), len(b))

	dst := make([]byte, 3)
	n := copy(dst, "hello")
	fmt.Println(n, string(dst))

	var arr [4]int
	n = copy(arr[:], xs)
	fmt.Println(n, arr)

	overlap := []int{1, 2, 3, 4, 5}
	copy(overlap[1:], overlap)
	fmt.Println(overlap)

	root := Path{"usr"}
	bin := root.Extend("local", "bin")
	lib := root.Extend("lib")
	fmt.Println(root, bin, lib)
	extra := []string{"share", "doc"}
	fmt.Println(bin.Extend(extra...), len(bin))
}
