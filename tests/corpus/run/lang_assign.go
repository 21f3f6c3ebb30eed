package main

import "fmt"

type Point struct{ X, Y int }

func pair() (int, string) { return 7, "seven" }

func idx(name string, i int) int {
	fmt.Print(name, " ")
	return i
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)

	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)

	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99
	fmt.Println(i, s)

	x := 5
	arr := []int{1, 2, 3}
	x, arr[1] = arr[1], x
	fmt.Println(x, arr)

	arr[0], arr[2] = arr[2], arr[0]
	fmt.Println(arr)

	j := 0
	j, arr[j] = 2, 100
	fmt.Println(j, arr)

	p := Point{1, 2}
	p.X, p.Y = p.Y, p.X
	fmt.Println(p)

	m := map[string]int{"a": 1}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)

	n, name := pair()
	fmt.Println(n, name)
	_, name2 := pair()
	fmt.Println(name2)

	var u, v int
	u, v = v+1, u+2
	fmt.Println(u, v)

	fib := []int{0, 1}
	f0, f1 := 0, 1
	for k := 0; k < 10; k++ {
		f0, f1 = f1, f0+f1
		fib = append(fib, f1)
	}
	fmt.Println(fib)

	grid := [][]int{{1, 2}, {3, 4}}
	grid[0][1], grid[1][0] = grid[1][0], grid[0][1]
	fmt.Println(grid)

	q := []int{0, 0, 0, 0}
	q[idx("L1", 1)], q[idx("L2", 2)] = idx("R1", 5), idx("R2", 6)
	fmt.Println(q)

	ptr := &p
	ptr.X, ptr = 100, &Point{}
	fmt.Println(p, *ptr)

	t := [3]int{1, 2, 3}
	t2 := t
	t2[0] = 9
	fmt.Println(t, t2)

	x += 3
	x *= 2
	x -= 1
	x /= 3
	x %= 4
	x <<= 3
	x |= 1
	x &^= 8
	x ^= 2
	fmt.Println(x)

	var (
		k1, k2 = "k", 2
		k3     float64
	)
	fmt.Println(k1, k2, k3)
	ss := []string{"a", "b", "c", "d", "e"}
	for l, r := 0, len(ss)-1; l < r; l, r = l+1, r-1 {
		ss[l], ss[r] = ss[r], ss[l]
	}
	fmt.Println(ss)
}
