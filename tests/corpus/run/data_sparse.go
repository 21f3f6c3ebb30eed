package main

import (
	"fmt"
	"sort"
	"strings"
)

type key struct{ r, c int }

type Sparse struct {
	rows, cols int
	data       map[key]float64
}

func NewSparse(r, c int) *Sparse { return &Sparse{r, c, map[key]float64{}} }

func (s *Sparse) Set(r, c int, v float64) {
	if r < 0 || r >= s.rows || c < 0 || c >= s.cols {
		panic(fmt.Sprintf("index (%d,%d) out of bounds %dx%d", r, c, s.rows, s.cols))
	}
	if v == 0 {
		delete(s.data, key{r, c})
		return
	}
	s.data[key{r, c}] = v
}

func (s *Sparse) Get(r, c int) float64 { return s.data[key{r, c}] }

func (s *Sparse) NNZ() int { return len(s.data) }

func (s *Sparse) keys() []key {
	ks := make([]key, 0, len(s.data))
	for k := range s.data {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].r != ks[j].r {
			return ks[i].r < ks[j].r
		}
		return ks[i].c < ks[j].c
	})
	return ks
}

func (s *Sparse) Mul(o *Sparse) (*Sparse, error) {
	if s.cols != o.rows {
		return nil, fmt.Errorf("cannot multiply %dx%d by %dx%d", s.rows, s.cols, o.rows, o.cols)
	}
	byRow := map[int][]key{}
	for _, k := range o.keys() {
		byRow[k.r] = append(byRow[k.r], k)
	}
	out := NewSparse(s.rows, o.cols)
	for _, a := range s.keys() {
		for _, b := range byRow[a.c] {
			out.Set(a.r, b.c, out.Get(a.r, b.c)+s.data[a]*o.data[b])
		}
	}
	return out, nil
}

func (s *Sparse) Transpose() *Sparse {
	t := NewSparse(s.cols, s.rows)
	for k, v := range s.data {
		t.data[key{k.c, k.r}] = v
	}
	return t
}

func (s *Sparse) Dense() string {
	var b strings.Builder
	for r := 0; r < s.rows; r++ {
		for c := 0; c < s.cols; c++ {
			if c > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%4g", s.Get(r, c))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	a := NewSparse(3, 4)
	a.Set(0, 0, 1)
	a.Set(0, 3, 2)
	a.Set(1, 1, -3)
	a.Set(2, 2, 4.5)
	a.Set(2, 0, 1)
	a.Set(1, 2, 0)
	fmt.Print(a.Dense())
	fmt.Println("nnz:", a.NNZ())
	at := a.Transpose()
	fmt.Print(at.Dense())
	p, err := a.Mul(at)
	fmt.Print(p.Dense(), err, "\n")
	_, err = a.Mul(a)
	fmt.Println("err:", err)
	for _, k := range p.keys() {
		fmt.Printf("(%d,%d)=%g ", k.r, k.c, p.data[k])
	}
	fmt.Println()
	a.Set(0, 0, 0)
	fmt.Println("after zeroing nnz:", a.NNZ(), a.Get(0, 0), a.Get(99, 99))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		a.Set(5, 0, 1)
	}()
	id := NewSparse(1000, 1000)
	for i := 0; i < 1000; i++ {
		id.Set(i, i, 1)
	}
	sq, _ := id.Mul(id)
	fmt.Println("identity^2 nnz:", sq.NNZ(), sq.Get(999, 999), sq.Get(0, 1))
}
