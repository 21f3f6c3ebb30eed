package main

import (
	"fmt"
	"unsafe"
)

type Celsius float64
type IntList []int
type Handler func(string) int
type T struct{ n int }

func main() {
	s := "hello"
	b := []byte(s)
	rs := []rune(s)
	back := string(b)
	fromRunes := string(rs[1:3])
	letter := string(rune(65))

	i := 42
	f := float64(i)
	u := uint8(300 % 256)
	c := Celsius(36.6)
	ci := int(c)
	list := IntList([]int{1, 2})

	// Conversions to parenthesized pointer, function, and channel types.
	t := &T{1}
	p := unsafe.Pointer(t)
	tp := (*T)(p)
	ip := (*int)(nil)
	fn := func() {}
	g := (func())(fn)
	h := Handler(func(s string) int { return len(s) })
	ch := make(chan int)
	ro := (<-chan int)(ch)
	so := (chan<- int)(ch)
	arrp := (*[2]int)(nil)

	// Conversions to interface and composite types.
	e := interface{}(i)
	st := fmt.Stringer(nil)
	anyv := any(s)
	mp := map[string]int(nil)
	sl := []interface{}(nil)
	fnv := (func(int) bool)(nil)
	sp := (*struct{ a int })(nil)

	// Chains.
	raw := *(*uint64)(unsafe.Pointer(&f))
	nested := int64(int32(int16(i)))

	g()
	fmt.Println(b, rs, back, fromRunes, letter, f, u, c, ci, list, tp.n, ip, h("abc"), ro, so, arrp)
	fmt.Println(e, st, anyv, mp, sl, fnv == nil, sp, raw, nested)
}
