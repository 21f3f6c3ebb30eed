package main

import "fmt"

type counter struct{ hits int }

func main() {
	// Increment and decrement on variables, fields, elements and pointers.
	i := 0
	i++
	i--
	c := counter{}
	c.hits++
	arr := []int{1, 2, 3}
	arr[1]++
	arr[len(arr)-1]--
	m := map[string]int{}
	m["k"]++
	p := &i
	*p++
	(*p)--
	f := 1.5
	f++

	// Every assignment operator.
	x := 100
	x = 50
	x += 7
	x -= 2
	x *= 3
	x /= 5
	x %= 7
	x &= 0xF
	x |= 0x10
	x ^= 0x3
	x <<= 2
	x >>= 1
	x &^= 0x4

	// Compound assignment on complex operands.
	arr[0] += arr[1] * 2
	m["k"] <<= 3
	c.hits *= 10
	*p += 1
	s := "con"
	s += "cat"
	u := uint8(200)
	u += 100 // wraps around
	fmt.Println(i, c, arr, m, x, f, s, u)
}
