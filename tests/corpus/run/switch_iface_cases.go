package main

import "fmt"

type E struct{ s string }

func (e E) Error() string { return e.s }

func main() {
	var iface interface{} = 3
	fmt.Println(iface == 3, iface == "3", 3.0 == iface, iface != 3)
	var err error = E{"x"}
	fmt.Println(err == E{"x"}, E{"y"} == err)
	switch iface {
	case "3":
		fmt.Println("string 3")
	case 3.0:
		fmt.Println("float 3")
	case 3:
		fmt.Println("int 3")
	}
	switch err {
	case E{"y"}:
		fmt.Println("y")
	case E{"x"}:
		fmt.Println("x")
	}
	n := 3
	switch interface{}(n) {
	case n:
		fmt.Println("n")
	}
	switch n {
	case iface:
		fmt.Println("iface case")
	}
}
