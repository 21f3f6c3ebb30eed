package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (q Square) Area() float64 { return q.S * q.S }

func describe(v any) string {
	n := v.(int)
	return fmt.Sprint("int ", n)
}

func main() {
	var s Shape = Square{2}
	fmt.Println(s.Area())
	fmt.Println(describe(42))
	fmt.Println(describe("forty-two"))
}
