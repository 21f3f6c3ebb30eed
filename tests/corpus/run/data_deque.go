package main

import (
	"errors"
	"fmt"
)

var ErrEmptyDeque = errors.New("deque is empty")

type Deque struct {
	buf   []int
	head  int
	count int
}

func (d *Deque) grow() {
	newCap := len(d.buf) * 2
	if newCap == 0 {
		newCap = 2
	}
	nb := make([]int, newCap)
	for i := 0; i < d.count; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque) PushBack(v int) {
	if d.count == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.count)%len(d.buf)] = v
	d.count++
}

func (d *Deque) PushFront(v int) {
	if d.count == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.count++
}

func (d *Deque) PopFront() (int, error) {
	if d.count == 0 {
		return 0, ErrEmptyDeque
	}
	v := d.buf[d.head]
	d.head = (d.head + 1) % len(d.buf)
	d.count--
	return v, nil
}

func (d *Deque) PopBack() (int, error) {
	if d.count == 0 {
		return 0, ErrEmptyDeque
	}
	d.count--
	return d.buf[(d.head+d.count)%len(d.buf)], nil
}

func (d *Deque) At(i int) int { return d.buf[(d.head+i)%len(d.buf)] }

func (d *Deque) Slice() []int {
	out := make([]int, d.count)
	for i := range out {
		out[i] = d.At(i)
	}
	return out
}

func isPalindrome(s string) bool {
	d := &Deque{}
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			d.PushBack(int(r))
		} else if r >= 'A' && r <= 'Z' {
			d.PushBack(int(r - 'A' + 'a'))
		}
	}
	for d.count > 1 {
		f, _ := d.PopFront()
		b, _ := d.PopBack()
		if f != b {
			return false
		}
	}
	return true
}

func main() {
	d := &Deque{}
	for i := 1; i <= 5; i++ {
		if i%2 == 0 {
			d.PushFront(i * 10)
		} else {
			d.PushBack(i)
		}
	}
	fmt.Println(d.Slice(), d.count, len(d.buf), d.head)
	f, _ := d.PopFront()
	b, _ := d.PopBack()
	fmt.Println(f, b, d.Slice())
	for i := 0; i < 6; i++ {
		d.PushFront(-i)
	}
	fmt.Println(d.Slice(), len(d.buf))
	var popped []int
	for {
		v, err := d.PopBack()
		if errors.Is(err, ErrEmptyDeque) {
			break
		}
		popped = append(popped, v)
	}
	fmt.Println(popped)
	_, err := d.PopFront()
	fmt.Println(err)
	for _, s := range []string{"A man, a plan, a canal: Panama", "race a car", "", "x", "No 'x' in Nixon"} {
		fmt.Printf("%q %t\n", s, isPalindrome(s))
	}
	window := &Deque{}
	xs := []int{4, 2, 12, 3, 8, 1, 7}
	var mins []int
	for i, x := range xs {
		for window.count > 0 && xs[window.At(window.count-1)] >= x {
			window.PopBack()
		}
		window.PushBack(i)
		if window.At(0) <= i-3 {
			window.PopFront()
		}
		if i >= 2 {
			mins = append(mins, xs[window.At(0)])
		}
	}
	fmt.Println("window mins:", mins)
}
