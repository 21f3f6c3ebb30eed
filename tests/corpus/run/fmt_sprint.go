package main

import (
	"errors"
	"fmt"
	"strings"
)

type Name string
type Age int

type Tag struct{ K, V string }

func (t Tag) String() string { return t.K + ":" + t.V }

func show(label, s string) {
	fmt.Printf("%-12s %q\n", label, s)
}

func main() {
	show("strings", fmt.Sprint("a", "b", "c"))
	show("ints", fmt.Sprint(1, 2, 3))
	show("mixed", fmt.Sprint("a", 1, 2, "b", 3, "c"))
	show("str-int", fmt.Sprint("x", 1))
	show("int-str", fmt.Sprint(1, "x"))
	show("floats", fmt.Sprint(1.5, 2.0, -3.25))
	show("bools", fmt.Sprint(true, false, "t", true))
	show("named str", fmt.Sprint(Name("ann"), Name("bob"), 1, Name("cy")))
	show("named int", fmt.Sprint(Age(1), Age(2), "s", Age(3)))
	show("stringers", fmt.Sprint(Tag{"a", "1"}, Tag{"b", "2"}))
	show("errors", fmt.Sprint(errors.New("e1"), errors.New("e2")))
	show("slices", fmt.Sprint([]int{1}, []int{2}, "s", []string{"t"}))
	show("nil", fmt.Sprint(nil, nil, "x", nil))
	show("runes", fmt.Sprint('a', 'b', "c"))
	show("empty", fmt.Sprint())
	show("empty strs", fmt.Sprint("", "", 1, ""))

	show("ln strings", fmt.Sprintln("a", "b"))
	show("ln mixed", fmt.Sprintln("a", 1, true, nil, 2.5))
	show("ln empty", fmt.Sprintln())
	show("ln one", fmt.Sprintln(""))

	fmt.Print("print:", 1, 2, "x", 3, "\n")
	fmt.Print(1, 2)
	fmt.Print("\n")
	fmt.Print(Tag{"k", "v"}, 3, "\n")
	fmt.Println("println:", 1, 2, "x", 3)
	fmt.Println()
	fmt.Println("", "leading empty")

	parts := []interface{}{"total", 3, "items", 4.5}
	show("spread", fmt.Sprint(parts...))
	show("spread ln", fmt.Sprintln(parts...))
	show("as one", fmt.Sprint(parts))

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(fmt.Sprint(i, i*i))
		sb.WriteByte(';')
	}
	show("builder", sb.String())
	n, _ := sb.WriteString("end")
	show("builder2", fmt.Sprint(sb.Len(), n, sb.String()))

	msg := fmt.Sprintf("%s has %d items costing %.2f", "cart", 3, 9.5)
	show("sprintf", msg)
	err := fmt.Errorf("wrap %d: %w", 1, errors.New("inner"))
	show("errorf", fmt.Sprint(err, errors.Unwrap(err)))
	show("concat", fmt.Sprint("a"+"b", 1+2, "c"))
	fmt.Printf("%v %v\n", fmt.Sprint(1, 2) == "1 2", fmt.Sprint("1", "2") == "12")
}
