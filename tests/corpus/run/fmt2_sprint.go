package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Name string
type Code int

func (c Code) String() string { return fmt.Sprintf("C%03d", int(c)) }

func main() {
	fmt.Println(fmt.Sprint("a", "b", "c"))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.5, "c"))
	fmt.Println(fmt.Sprint(1, "a", 2))
	fmt.Println(fmt.Sprint(true, false, "x", nil, nil))
	fmt.Println(fmt.Sprint(Name("n1"), Name("n2"), 5))
	fmt.Println(fmt.Sprint(Code(1), Code(2), "s", Code(3)))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}, "x", map[string]int{"a": 1}))
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2")))
	fmt.Println(fmt.Sprint('a', 'b', "c", 'd'))
	fmt.Println(fmt.Sprint())
	fmt.Println(fmt.Sprint(""), fmt.Sprint("", ""), fmt.Sprint(1, ""), fmt.Sprint("", 1, 2))
	fmt.Printf("%q\n", fmt.Sprintln("a", "b", 1, 2))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprint(nil, 1, nil))
	var sp *int
	fmt.Println(fmt.Sprint(sp, sp) == "<nil> <nil>")

	fmt.Print("print", "no", "space", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Println("println", "adds", "spaces", 1, 2)
	fmt.Println()
	fmt.Println("")
	fmt.Println(nil)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Print("12345\n")
	fmt.Println(n)
	n, _ = fmt.Printf("%s|%d\n", "ab", 7)
	fmt.Println(n)
	n, _ = fmt.Fprint(os.Stdout, "héllo\n")
	fmt.Println(n)
	n, _ = fmt.Fprintln(os.Stdout, "a", 1)
	fmt.Println(n)

	var b strings.Builder
	fmt.Fprint(&b, "x", 1, 2, "y")
	fmt.Fprintln(&b, "|", 3, 4)
	fmt.Fprintf(&b, "%d-%d", 5, 6)
	fmt.Printf("%q\n", b.String())
	parts := []interface{}{"k", 1, 2.5, "v", true}
	fmt.Println(fmt.Sprint(parts...), "|", fmt.Sprint(parts), "|", fmt.Sprintln(parts...) == fmt.Sprint("k ", 1, " ", 2.5, " v true\n"))
	fmt.Println(fmt.Sprint(int8(-1), uint(2), float32(0.5)), fmt.Sprint("a", Name("b")), fmt.Sprint(Name("a"), "b"))
}
