package main

import "fmt"

type Grade byte

type Matrix [2][3]int

func main() {
	bs := []byte("Go!")
	fmt.Printf("%v|%s|%q|%x|%X|%d|% x\n", bs, bs, bs, bs, bs, bs, bs)
	fmt.Printf("%c|%U\n", bs, bs)
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%v|%s|%x|%q\n", arr, arr, arr, arr)
	gs := []Grade{'A', 'B'}
	fmt.Printf("%v|%s|%d\n", gs, gs, gs)
	rs := []rune("héllo")
	fmt.Printf("%v|%c|%q|%U|%x\n", rs, rs, rs, rs, rs)
	bools := []bool{true, false, true}
	fmt.Printf("%v|%t|%5t|%-6t|\n", bools, bools, bools, bools)
	fs := []float64{1, 2.5, -0.125, 1e9}
	fmt.Printf("%v|%.1f|%6.2f|%e|%g\n", fs, fs, fs, fs, fs)
	strs := []string{"a", "", "b c", "日本"}
	fmt.Printf("%v|%s|%q|%x|%5s|%-3s|\n", strs, strs, strs, strs, strs, strs)
	var m Matrix
	m[1][2] = 9
	fmt.Printf("%v|%d|%02d\n", m, m, m)
	nested := [][]string{{"x"}, {}, nil, {"y", "z"}}
	fmt.Printf("%v|%q|%d\n", nested, nested, len(nested))
	ptrs := []*int{nil, nil}
	fmt.Printf("%v %d\n", ptrs, len(ptrs))
	var nilSlice []int
	empty := []int{}
	fmt.Printf("%v %v %d %d %t %t\n", nilSlice, empty, len(nilSlice), cap(empty), nilSlice == nil, empty == nil)
	ifaces := []interface{}{1, "a", []int{2}, map[string]int{"k": 3}, nil, 4.5, true, 'c', [1]string{"z"}}
	fmt.Printf("%v\n%d\n%s\n", ifaces, ifaces, ifaces)
	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
		for j := range matrix[i] {
			matrix[i][j] = i * j
		}
	}
	fmt.Println(matrix)
	for _, row := range matrix {
		fmt.Printf("%3d\n", row)
	}
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	fmt.Println(s[2:5], s[:0], s[7:], s[:3:4], len(s[2:5:6]), cap(s[2:5:6]))
	sub := s[2:4]
	sub = append(sub, 100)
	fmt.Println(s, sub)
	cp := make([]int, 3)
	n := copy(cp, s)
	fmt.Println(n, cp, copy(cp, []int{9}), cp)
	twoD := [2][2]string{{"a", "b"}, {"c", "d"}}
	fmt.Printf("%v %q %s\n", twoD, twoD, twoD)
}
