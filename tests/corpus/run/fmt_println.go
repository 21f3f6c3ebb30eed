package main

import "fmt"

type Celsius float64

var greeting = "hello"

func describe(n int) string {
	if n%2 == 0 {
		return "even"
	}
	return "odd"
}

func main() {
	fmt.Println(greeting, "world")
	for i := 1; i <= 3; i++ {
		fmt.Println(i, describe(i))
	}
	var f32 float32 = 0.1
	fmt.Println(1.0, 2.5, 1e21, 1e20, 0.000012, -0.0, f32, 3.14159265358979)
	fmt.Println(true, false, 'x', uint8(200)+uint8(len(greeting)))
	var t Celsius = 36.6
	fmt.Println(t, Celsius(100))
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Println()
	fmt.Println(int64(-9223372036854775808), uint64(18446744073709551615))
	var e error
	fmt.Println(e, nil)
}
