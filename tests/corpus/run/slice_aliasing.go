package main

import "fmt"

func appendOne(s []int) []int {
	return append(s, 1)
}

func modify(s []int) {
	if len(s) > 0 {
		s[0] = -1
	}
	s = append(s, 100)
	_ = s
}

func main() {
	base := make([]int, 3, 5)
	a := append(base, 10)
	b := append(base, 20)
	fmt.Println(base, a, b)
	fmt.Println(len(base), cap(base), len(a), cap(a))

	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	c[0] = 99
	fmt.Println(full, c, d)

	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := s[2:5]
	fmt.Println(t, len(t), cap(t))
	t = t[:cap(t)]
	fmt.Println(t)
	u := s[2:4:5]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 40)
	fmt.Println(s)
	u = append(u, 50)
	u[0] = 222
	fmt.Println(s, u)

	x := []int{5, 6, 7}
	modify(x)
	fmt.Println(x)

	y := appendOne(nil)
	fmt.Println(y, len(y))

	src := []string{"a", "b", "c", "d"}
	dst := make([]string, 2)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	bs := make([]byte, 3)
	n = copy(bs, "hey!")
	fmt.Println(n, bs, string(bs))

	del := []int{10, 20, 30, 40, 50}
	i := 2
	del = append(del[:i], del[i+1:]...)
	fmt.Println(del, len(del), cap(del))

	ins := []int{1, 2, 4}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)

	var grow []int
	caps := []int{}
	last := -1
	for k := 0; k < 20; k++ {
		grow = append(grow, k)
		if cap(grow) != last {
			last = cap(grow)
			caps = append(caps, last)
		}
	}
	fmt.Println(len(grow), len(caps) > 2)

	filtered := s[:0]
	for _, v := range s {
		if v%2 == 1 {
			filtered = append(filtered, v)
		}
	}
	fmt.Println(filtered, s)
}
