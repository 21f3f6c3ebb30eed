package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("shape mismatch")

func New(r, c int, vals ...float64) *Matrix {
	m := &Matrix{r, c, make([]float64, r*c)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix) Transpose() *Matrix {
	t := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix) Det() float64 {
	if m.rows == 1 {
		return m.data[0]
	}
	det := 0.0
	for c := 0; c < m.cols; c++ {
		minor := New(m.rows-1, m.cols-1)
		for i := 1; i < m.rows; i++ {
			cc := 0
			for j := 0; j < m.cols; j++ {
				if j == c {
					continue
				}
				minor.Set(i-1, cc, m.At(i, j))
				cc++
			}
		}
		sign := 1.0
		if c%2 == 1 {
			sign = -1
		}
		det += sign * m.At(0, c) * minor.Det()
	}
	return det
}

func (m *Matrix) Pow(n int) *Matrix {
	result, base := Identity(m.rows), m
	for n > 0 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return result
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			v := m.At(i, j)
			if v == math.Trunc(v) {
				fmt.Fprintf(&sb, "%6.0f", v)
			} else {
				fmt.Fprintf(&sb, "%6.2f", v)
			}
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Print(a.Transpose())
	fib := New(2, 2, 1, 1, 1, 0)
	fmt.Print(fib.Pow(10))
	fmt.Println("fib(30) =", fib.Pow(30).At(0, 1))
	d := New(3, 3, 2, -3, 1, 2, 0, -1, 1, 4, 5)
	fmt.Println("det =", d.Det(), "det(I4) =", Identity(4).Det())
	h := New(3, 3)
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			h.Set(i, j, 1/float64(i+j+1))
		}
	}
	fmt.Print(h)
	fmt.Printf("det(hilbert3) = %.6e\n", h.Det())
	sq, _ := h.Mul(Identity(3))
	fmt.Println(sq.String() == h.String(), len(a.data), cap(New(0, 0).data))
}
