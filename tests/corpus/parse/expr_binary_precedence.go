package main

import "fmt"

func main() {
	a, b, c, d := 7, 3, 2, 5
	t, f := true, false
	var u uint = 0xF0

	// Every binary operator.
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(a&b, a|b, a^b, a&^b, a<<c, a>>1, u>>4, u<<1)
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)
	fmt.Println(t && f, t || f)
	fmt.Println("con" + "cat")

	// Precedence levels: * / % << >> & &^  >  + - | ^  >  comparisons  >  &&  >  ||
	r1 := a + b*c         // 7 + 6
	r2 := a*b + c*d       // 21 + 10
	r3 := a<<1 + b        // 14 + 3
	r4 := a&b | c&d       // 3 | 0
	r5 := a | b ^ c &^ d  // 7 | (3 ^ (2 &^ 5))
	r6 := a - b - c       // left associative
	r7 := a / b * c       // left associative
	r8 := -a * -b         // unary binds tighter
	r9 := a + b == c + d  // comparison after addition
	r10 := a < b || b < c && c < d
	r11 := !t || f && !f == t
	r12 := a%c == 1 && b*2 > d || !(a > b)

	// Explicit parentheses overriding precedence.
	p1 := (a + b) * c
	p2 := a * (b + c) / (d - 1)
	p3 := ((a))
	p4 := (a | b) & (c ^ d)
	p5 := (t || f) && (f || t)
	p6 := (a << (b - 1)) >> 1
	p7 := -(a - b)
	p8 := (((a + 1) * (b + 1)) % (c + d))

	// Mixed with calls, indexes, selectors and conversions.
	xs := []int{1, 2, 3}
	s := struct{ n int }{4}
	m1 := xs[0]*xs[1] + len(xs)<<2 - s.n%3
	m2 := float64(a)/float64(b) + 0.5*2
	m3 := uint8(a)<<4 | uint8(b)&0x0F

	fmt.Println(r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12)
	fmt.Println(p1, p2, p3, p4, p5, p6, p7, p8, m1, m2, m3)
}
