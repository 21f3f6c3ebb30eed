package main

import (
	"errors"
	"fmt"
)

type Temp float64

type Pt struct{ X, Y int }

func main() {
	fmt.Printf("missing: %d %s\n", 1)
	fmt.Printf("extra: %d\n", 1, 2, "three")
	fmt.Printf("no verbs\n", 42)
	fmt.Printf("wrong type: %d %s %t %f\n", "str", 42, 1, "x")
	fmt.Printf("bool as int: %d, int as bool: %t\n", true, 5)
	fmt.Printf("%z %!\n", 3)
	fmt.Printf("trailing percent %")
	fmt.Println()
	fmt.Printf("%d%%|%%d|%5%|\n", 50)
	fmt.Printf("%[2]d %[1]d %[2]d\n", 10, 20)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[1]s %s %s\n", "a", "b")
	fmt.Printf("%*d|%.*f\n", "w", 5, "p", 2.0)
	fmt.Printf("%d %x %s\n", []string{"a"}, Pt{1, 2}, 3.5)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%v %s %q\n", errors.New("e"), errors.New("e"), errors.New("e"))
	fmt.Printf("%s %v\n", Temp(21.5), Temp(21.5))
	fmt.Printf("%c %c\n", "x", 3.5)
	fmt.Printf("%q\n", 3.5)
	fmt.Printf("%t\n", "true")
	fmt.Printf("%e\n", 42)
	fmt.Printf("%-5%|% d|%+d|\n", 5, 5)
	s := fmt.Sprintf("%d %d", 1)
	fmt.Println(len(s), s)
	fmt.Println(fmt.Sprintf("%!d", 1), fmt.Sprint(), fmt.Sprintln() == "\n")
	fmt.Println(fmt.Sprintf("%s", []byte("bytes")), fmt.Sprintf("%s", []int{1}))
	fmt.Println(fmt.Sprintf("%.2s|%.0s|%.10d", "hello", "x", 42))
	err := fmt.Errorf("code %d: %w", 7)
	fmt.Println(err, errors.Unwrap(err) == nil)
	err2 := fmt.Errorf("not an error: %w", "oops")
	fmt.Println(err2, errors.Unwrap(err2) == nil)
	fmt.Printf("%v %v\n", struct{ p *int }{}, []interface{}{nil, 1})
	fmt.Printf("%08s|%-08d|%+s\n", "ab", 3, "plus")
}
