// A small dense matrix library: constructor validation, value and pointer
// receivers, dimension errors with a custom type, and Gaussian elimination.
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

type DimError struct {
	Op         string
	LeftShape  [2]int
	RightShape [2]int
}

func (e *DimError) Error() string {
	return fmt.Sprintf("%s: shape %v incompatible with %v", e.Op, e.LeftShape, e.RightShape)
}

var ErrSingular = errors.New("matrix is singular")

func New(rows, cols int, vals ...float64) (*Matrix, error) {
	if len(vals) != 0 && len(vals) != rows*cols {
		return nil, fmt.Errorf("new %dx%d: got %d values", rows, cols, len(vals))
	}
	m := &Matrix{rows, cols, make([]float64, rows*cols)}
	copy(m.data, vals)
	return m, nil
}

func Identity(n int) *Matrix {
	m, _ := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix) At(r, c int) float64      { return m.data[r*m.cols+c] }
func (m *Matrix) Set(r, c int, v float64) { m.data[r*m.cols+c] = v }
func (m Matrix) Shape() [2]int            { return [2]int{m.rows, m.cols} }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, &DimError{"mul", m.Shape(), o.Shape()}
	}
	out, _ := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var sum float64
			for k := 0; k < m.cols; k++ {
				sum += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, sum)
		}
	}
	return out, nil
}

func (m *Matrix) Transpose() *Matrix {
	out, _ := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

// Det computes the determinant by elimination on a copy.
func (m *Matrix) Det() (float64, error) {
	if m.rows != m.cols {
		return 0, &DimError{"det", m.Shape(), m.Shape()}
	}
	a, _ := New(m.rows, m.cols, m.data...)
	det := 1.0
	for col := 0; col < a.cols; col++ {
		pivot := col
		for r := col + 1; r < a.rows; r++ {
			if math.Abs(a.At(r, col)) > math.Abs(a.At(pivot, col)) {
				pivot = r
			}
		}
		if math.Abs(a.At(pivot, col)) < 1e-12 {
			return 0, ErrSingular
		}
		if pivot != col {
			for c := 0; c < a.cols; c++ {
				x, y := a.At(col, c), a.At(pivot, c)
				a.Set(col, c, y)
				a.Set(pivot, c, x)
			}
			det = -det
		}
		det *= a.At(col, col)
		for r := col + 1; r < a.rows; r++ {
			f := a.At(r, col) / a.At(col, col)
			for c := col; c < a.cols; c++ {
				a.Set(r, c, a.At(r, c)-f*a.At(col, c))
			}
		}
	}
	return det, nil
}

func (m Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			fmt.Fprintf(&sb, "%7.2f", m.At(i, j))
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	a, _ := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.Transpose()
	p, err := a.Mul(b)
	fmt.Printf("a*aT (err=%v):\n%v", err, p)
	if _, err := a.Mul(a); err != nil {
		var de *DimError
		fmt.Println(errors.As(err, &de), de.Op, err)
	}
	sq, _ := New(3, 3, 2, -1, 0, -1, 2, -1, 0, -1, 2)
	for _, m := range []*Matrix{sq, Identity(4), p, a} {
		d, err := m.Det()
		switch {
		case err == ErrSingular:
			fmt.Println("singular")
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Printf("det of %v = %.3f\n", m.Shape(), d)
		}
	}
	sing, _ := New(2, 2, 1, 2, 2, 4)
	_, err = sing.Det()
	fmt.Println(err == ErrSingular, err)
	_, err = New(2, 2, 1)
	fmt.Println(err)
}
