// Fixed-size matrices as array types with value-receiver methods, a
// slice-backed dynamic matrix with errors on dimension mismatch.
package main

import (
	"errors"
	"fmt"
	"strings"
)

const N = 3

type Mat3 [N][N]float64

func Identity() (m Mat3) {
	for i := 0; i < N; i++ {
		m[i][i] = 1
	}
	return
}

func (a Mat3) Mul(b Mat3) Mat3 {
	var c Mat3
	for i := range a {
		for j := range b[0] {
			for k := 0; k < N; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func (a Mat3) Det() float64 {
	return a[0][0]*(a[1][1]*a[2][2]-a[1][2]*a[2][1]) -
		a[0][1]*(a[1][0]*a[2][2]-a[1][2]*a[2][0]) +
		a[0][2]*(a[1][0]*a[2][1]-a[1][1]*a[2][0])
}

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("shape mismatch")

func New(rows, cols int, vals ...float64) (*Matrix, error) {
	if len(vals) != 0 && len(vals) != rows*cols {
		return nil, fmt.Errorf("new %dx%d with %d values: %w", rows, cols, len(vals), ErrShape)
	}
	m := &Matrix{rows, cols, make([]float64, rows*cols)}
	copy(m.data, vals)
	return m, nil
}

func (m *Matrix) At(i, j int) float64 { return m.data[i*m.cols+j] }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r, _ := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.data[i*r.cols+j] = s
		}
	}
	return r, nil
}

func (m *Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		fmt.Fprintln(&b, m.data[i*m.cols:(i+1)*m.cols])
	}
	return b.String()
}

func main() {
	a := Mat3{{2, 0, 1}, {1, 3, 2}, {1, 1, 1}}
	fmt.Println(a.Mul(Identity()) == a, a.Det(), Identity().Det())
	fmt.Println(a.Mul(a))

	x, _ := New(2, 3, 1, 2, 3, 4, 5, 6)
	y, _ := New(3, 2, 7, 8, 9, 10, 11, 12)
	p, err := x.Mul(y)
	fmt.Print(p)
	fmt.Println("err:", err)
	if _, err := x.Mul(x); errors.Is(err, ErrShape) {
		fmt.Println("error:", err)
	}
	if _, err := New(2, 2, 1, 2, 3); err != nil {
		fmt.Println("error:", err)
	}
}
