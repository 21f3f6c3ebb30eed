// Exact rational arithmetic on a struct with int64 fields: normalisation
// by gcd, methods returning errors on zero denominators, and a Stringer.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Rat struct{ num, den int64 }

var ErrZeroDen = errors.New("zero denominator")

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func NewRat(n, d int64) (Rat, error) {
	if d == 0 {
		return Rat{}, fmt.Errorf("rat %d/%d: %w", n, d, ErrZeroDen)
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		g = 1
	}
	return Rat{n / g, d / g}, nil
}

func must(r Rat, err error) Rat {
	if err != nil {
		panic(err)
	}
	return r
}

func (a Rat) Add(b Rat) Rat { return must(NewRat(a.num*b.den+b.num*a.den, a.den*b.den)) }
func (a Rat) Mul(b Rat) Rat { return must(NewRat(a.num*b.num, a.den*b.den)) }
func (a Rat) Neg() Rat      { return Rat{-a.num, a.den} }

func (a Rat) Div(b Rat) (Rat, error) { return NewRat(a.num*b.den, a.den*b.num) }

func (a Rat) Less(b Rat) bool { return a.num*b.den < b.num*a.den }
func (a Rat) Float() float64  { return float64(a.num) / float64(a.den) }
func (a Rat) IsInt() bool     { return a.den == 1 }
func (a Rat) String() string {
	if a.IsInt() {
		return fmt.Sprint(a.num)
	}
	return fmt.Sprintf("%d/%d", a.num, a.den)
}

func harmonic(n int) Rat {
	sum := must(NewRat(0, 1))
	for i := 1; i <= n; i++ {
		sum = sum.Add(must(NewRat(1, int64(i))))
	}
	return sum
}

func main() {
	half := must(NewRat(1, 2))
	third := must(NewRat(-2, -6))
	fmt.Println(half, third, half.Add(third), half.Mul(third), third.Neg())
	q, err := half.Div(third)
	fmt.Println(q, err, q.IsInt())
	_, err = half.Div(Rat{0, 1})
	fmt.Println(err, errors.Is(err, ErrZeroDen))

	for _, n := range []int{1, 2, 5, 10} {
		h := harmonic(n)
		fmt.Printf("H(%d) = %v ≈ %.4f\n", n, h, h.Float())
	}
	rs := []Rat{must(NewRat(3, 4)), must(NewRat(-1, 3)), must(NewRat(5, 8)), must(NewRat(2, 1))}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Less(rs[j]) })
	fmt.Println(rs)
	byValue := map[Rat]string{must(NewRat(2, 4)): "half"}
	fmt.Println(byValue[half], len(byValue))
	defer func() { fmt.Println("recovered:", recover()) }()
	must(NewRat(1, 0))
}
