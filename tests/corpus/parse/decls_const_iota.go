package main

import "fmt"

// Single constant declarations, typed and untyped.
const Greeting = "hello"
const Answer int = 42
const big, small = 1 << 62, 1e-9
const a1, b1 float64 = 1.5, 2.5

type Weekday int

// Grouped constants with iota and implicit repetition.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

type ByteSize float64

const (
	_           = iota // ignore first value by assigning to blank identifier
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1 // bit0 == 1, mask0 == 0
	bit1, mask1                          // bit1 == 2, mask1 == 1
	_, _                                 // skips iota == 2
	bit3, mask3                          // bit3 == 8, mask3 == 7
)

const (
	c0 = iota * 10
	c1
	c2 = "reset"
	c3
	c4 = iota
)

const (
	Untyped   = 1.0
	TypedF    float32 = 1.0
	RuneConst         = 'x'
	BoolConst         = !false && 1 < 2
	StrConst          = Greeting + ", world"
	LenConst          = len(StrConst)
)

const ()

func main() {
	const local = iota
	const (
		x = iota + 1
		y
	)
	fmt.Println(Monday, Saturday, KB, GB, TB, bit3, mask3, c3, c4, local, x, y)
	fmt.Println(big, small, a1+b1, Untyped, TypedF, RuneConst, BoolConst, LenConst)
}
