package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Loud struct{ Msg string }

func (l Loud) String() string {
	if l.Msg == "" {
		panic("empty message")
	}
	return l.Msg + "!"
}

type Broken struct{}

func (*Broken) String() string { return "never nil-safe" }

type PanicErr struct{}

func (PanicErr) Error() string { panic(errors.New("error method failed")) }

func main() {
	fmt.Printf("1: %d\n", "x")
	fmt.Printf("2: %s\n", 42)
	fmt.Printf("3: %t\n", 1)
	fmt.Printf("4: %d %d\n", 1)
	fmt.Printf("5: %d\n", 1, 2)
	fmt.Printf("6: done\n", "extra", 3.5)
	fmt.Printf("7: %z\n", 5)
	fmt.Printf("8: %d\n", true)
	fmt.Printf("9: %x\n", false)
	fmt.Printf("10: %s %v\n", nil)
	fmt.Printf("11: %d\n", Point{1, 2})
	fmt.Printf("12: %s\n", Point{1, 2})
	fmt.Printf("13: %d\n", []string{"a", "b"})
	fmt.Printf("14: %f\n", 3)
	fmt.Printf("15: %d\n", 3.5)
	fmt.Printf("16: %c\n", "c")
	fmt.Printf("17: %*d\n", "w", 5)
	fmt.Printf("18: %.*f\n", "p", 1.5)
	fmt.Printf("19: %!\n")
	fmt.Printf("20: %")
	fmt.Println()
	fmt.Printf("21: %q\n", 3.14)
	fmt.Printf("22: %e\n", "str")
	fmt.Printf("23: %v %v %v\n", Loud{"hi"}, Loud{}, &Loud{})
	fmt.Printf("24: %s\n", PanicErr{})
	var b *Broken
	fmt.Printf("25: %v %s\n", b, b)
	fmt.Printf("26: %d %s\n", map[string]int{"a": 1}, map[string]int{"b": 2})
	fmt.Printf("27: %U\n", "u")
	fmt.Printf("28: %b\n", "bin")
	fmt.Printf("29: %x %X\n", Point{255, 16}, "ok")
	fmt.Printf("30: %t %t\n", true)
	err := fmt.Errorf("31: %w", "not an error")
	fmt.Println(err, errors.Unwrap(err) == nil)
	s := fmt.Sprintf("32: %d%%%d", 50)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("33: %-5d|%05s|%+s", 7, "ab", "c"))
	fmt.Printf("34: %o %o\n", "oct", 8)
	fmt.Printf("35: %.2s %.2d %5.1v\n", 12345, "xy", "abc")
	fmt.Printf("36: %v %d\n", struct {
		A string
		B int
	}{"a", 1}, struct {
		A string
		B int
	}{"a", 1})
	fmt.Printf("37: % d|%+d|%x\n", -5, 0, -255)
	fmt.Printf("38: %s|%v|%q|%x\n", errors.New("e"), errors.New("e"), errors.New("e"), errors.New("e"))
}
