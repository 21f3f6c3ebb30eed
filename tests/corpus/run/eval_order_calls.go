package main

import "fmt"

type T struct{ n int }

func main() {
	x := T{1}
	a := []int{1, 2}
	p := &x
	v := 1
	bump := func() int { x.n++; a[0]++; v++; return 100 }
	fmt.Println(x.n, a[0], p.n, v, bump(), x.n+1, len(a), -v)
	s := fmt.Sprint(x.n, bump())
	fmt.Println(s)
	arr := []int{a[0], bump(), x.n}
	fmt.Println(arr)
	m := map[string]int{"a": v, "b": bump()}
	fmt.Println(m)
}
