// Slices: append growth, copy, 3-index slicing to cap the capacity,
// in-place filtering, and 2D slices.
package main

import "fmt"

func filter(xs []int, keep func(int) bool) []int {
	out := xs[:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reverse(xs []string) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func matrix(rows, cols int) [][]float64 {
	m := make([][]float64, rows)
	for i := range m {
		m[i] = make([]float64, cols)
		for j := range m[i] {
			m[i][j] = float64(i*cols + j)
		}
	}
	return m
}

func main() {
	var xs []int
	for i := 0; i < 10; i++ {
		xs = append(xs, i*i)
	}
	fmt.Println(len(xs), xs)
	evens := filter(append([]int(nil), xs...), func(x int) bool { return x%2 == 0 })
	fmt.Println(evens)

	head := xs[:3:3]
	head = append(head, -1) // reallocates: xs is untouched
	fmt.Println(head, xs[3])

	dst := make([]int, 4)
	n := copy(dst, xs[5:])
	fmt.Println(n, dst)

	words := []string{"a", "b", "c", "d"}
	reverse(words)
	fmt.Println(words, cap(words[1:2]))

	m := matrix(2, 3)
	m[1] = append(m[1], 99)
	fmt.Println(m)

	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:4]
	s[0] = 20
	fmt.Println(arr, len(s), cap(s))
	bs := append([]byte("hello, "), "world"...)
	fmt.Println(string(bs))
}
