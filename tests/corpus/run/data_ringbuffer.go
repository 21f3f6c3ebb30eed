package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("ring: empty")
var ErrFull = errors.New("ring: full")

type Ring struct {
	buf        []int
	head, tail int
	count      int
	overwrite  bool
	dropped    int
}

func NewRing(n int, overwrite bool) *Ring {
	return &Ring{buf: make([]int, n), overwrite: overwrite}
}

func (r *Ring) Push(v int) error {
	if r.count == len(r.buf) {
		if !r.overwrite {
			return fmt.Errorf("push %d: %w", v, ErrFull)
		}
		r.head = (r.head + 1) % len(r.buf)
		r.count--
		r.dropped++
	}
	r.buf[r.tail] = v
	r.tail = (r.tail + 1) % len(r.buf)
	r.count++
	return nil
}

func (r *Ring) Pop() (int, error) {
	if r.count == 0 {
		return 0, ErrEmpty
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.count--
	return v, nil
}

func (r *Ring) Peek() (int, bool) {
	if r.count == 0 {
		return 0, false
	}
	return r.buf[r.head], true
}

func (r *Ring) Items() []int {
	out := make([]int, 0, r.count)
	for i := 0; i < r.count; i++ {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

func (r *Ring) String() string {
	return fmt.Sprintf("Ring%v(len=%d cap=%d h=%d t=%d)", r.Items(), r.count, len(r.buf), r.head, r.tail)
}

type MovingAvg struct {
	r   *Ring
	sum int
}

func (m *MovingAvg) Add(v int) float64 {
	if m.r.count == len(m.r.buf) {
		old, _ := m.r.Pop()
		m.sum -= old
	}
	m.r.Push(v)
	m.sum += v
	return float64(m.sum) / float64(m.r.count)
}

func main() {
	r := NewRing(4, false)
	for i := 1; i <= 6; i++ {
		if err := r.Push(i * 10); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrFull))
		}
	}
	fmt.Println(r)
	v, _ := r.Pop()
	v2, _ := r.Pop()
	fmt.Println(v, v2, r)
	r.Push(50)
	r.Push(60)
	r.Push(70)
	fmt.Println(r)
	for {
		v, err := r.Pop()
		if err != nil {
			fmt.Println(err, err == ErrEmpty)
			break
		}
		fmt.Print(v, " ")
	}
	p, ok := r.Peek()
	fmt.Println(p, ok, r)

	o := NewRing(3, true)
	for i := 1; i <= 8; i++ {
		o.Push(i)
	}
	pk, _ := o.Peek()
	fmt.Println(o, "dropped", o.dropped, "peek", pk)

	m := &MovingAvg{r: NewRing(3, false)}
	for _, x := range []int{3, 5, 10, 2, 8, 8, 1} {
		fmt.Printf("%.3f ", m.Add(x))
	}
	fmt.Println()
	one := NewRing(1, true)
	one.Push(1)
	one.Push(2)
	fmt.Println(one, one.dropped)
}
