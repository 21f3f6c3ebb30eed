package main

import "fmt"

type P struct{ A, B, C int }

func main() {
	a := []int{1, 2}
	x := 1
	bump := func() int { a[0]++; x++; return 100 }
	arr := []int{a[0], bump(), x}
	fmt.Println(arr, a[0], x)
	p := P{x, bump(), a[0]}
	fmt.Println(p)
	q := P{C: bump(), A: x}
	fmt.Println(q)
	ar := [3]int{2: x, 0: bump()}
	fmt.Println(ar)
}
