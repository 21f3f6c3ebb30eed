package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix [][]int64

var ErrShape = errors.New("shape mismatch")

func New(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]int64, cols)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Dims() (int, int) {
	if len(m) == 0 {
		return 0, 0
	}
	return len(m), len(m[0])
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	r1, c1 := m.Dims()
	r2, c2 := o.Dims()
	if c1 != r2 {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", r1, c1, r2, c2, ErrShape)
	}
	out := New(r1, c2)
	for i := 0; i < r1; i++ {
		for j := 0; j < c2; j++ {
			var s int64
			for k := 0; k < c1; k++ {
				s += m[i][k] * o[k][j]
			}
			out[i][j] = s
		}
	}
	return out, nil
}

func (m Matrix) Transpose() Matrix {
	r, c := m.Dims()
	t := New(c, r)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m Matrix) Pow(n int) Matrix {
	result := Identity(len(m))
	base := m
	for n > 0 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return result
}

func (m Matrix) String() string {
	var sb strings.Builder
	for i, row := range m {
		if i > 0 {
			sb.WriteString("\n")
		}
		sb.WriteString("|")
		for _, v := range row {
			sb.WriteString(fmt.Sprintf("%5d", v))
		}
		sb.WriteString(" |")
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	p, err := a.Mul(b)
	fmt.Println("A x B:")
	fmt.Println(p, err)
	q, err := b.Mul(a)
	fmt.Println("B x A:")
	fmt.Println(q)
	_, err = a.Mul(a)
	fmt.Println("A x A error:", err, errors.Is(err, ErrShape))
	fmt.Println("A^T:")
	fmt.Println(a.Transpose())

	fib := Matrix{{1, 1}, {1, 0}}
	for _, n := range []int{1, 2, 10, 50, 90} {
		f := fib.Pow(n)
		fmt.Printf("fib(%d) = %d\n", n, f[0][1])
	}
	r, c := Matrix{}.Dims()
	fmt.Println("empty dims:", r, c, "identity(3):")
	fmt.Printf("%v\n", Identity(3))
}
