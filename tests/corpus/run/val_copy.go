package main

import (
	"fmt"
	"strings"
)

type Ring struct {
	buf   []int
	start int
	size  int
}

func NewRing(n int) *Ring { return &Ring{buf: make([]int, n)} }

func (r *Ring) Put(v int) {
	if r.size < len(r.buf) {
		r.buf[(r.start+r.size)%len(r.buf)] = v
		r.size++
		return
	}
	r.buf[r.start] = v
	r.start = (r.start + 1) % len(r.buf)
}

// Snapshot copies the logical contents in order using two copy calls.
func (r *Ring) Snapshot() []int {
	out := make([]int, r.size)
	n := copy(out, r.buf[r.start:min2(r.start+r.size, len(r.buf))])
	copy(out[n:], r.buf[:r.size-n])
	return out
}

func min2(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println("copied", n, dst)

	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println("copied", n, big)

	n = copy(src[1:], src)
	fmt.Println("overlap right shift:", n, src)
	src = []int{1, 2, 3, 4, 5}
	n = copy(src, src[2:])
	fmt.Println("overlap left shift:", n, src)

	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println("from string:", n, bs, string(bs[:n]))

	var empty []int
	fmt.Println("copy into nil:", copy(empty, []int{1, 2}), empty == nil)

	orig := [][]int{{1, 2}, {3, 4}}
	shallow := make([][]int, len(orig))
	copy(shallow, orig)
	deep := make([][]int, len(orig))
	for i := range orig {
		deep[i] = make([]int, len(orig[i]))
		copy(deep[i], orig[i])
	}
	orig[0][0] = 100
	fmt.Println("shallow:", shallow, "deep:", deep)

	r := NewRing(4)
	for i := 1; i <= 6; i++ {
		r.Put(i * 10)
		fmt.Printf("put %d -> %v (raw %v)\n", i*10, r.Snapshot(), r.buf)
	}
	snap := r.Snapshot()
	snap[0] = -1
	fmt.Println("snapshot independent:", r.Snapshot(), snap)

	arr := [5]string{"a", "b", "c", "d", "e"}
	n = copy(arr[1:], []string{"X", "Y"})
	fmt.Println(n, arr, strings.Join(arr[:], ""))

	runes := []rune("日本語テキスト")
	part := make([]rune, 3)
	copy(part, runes[2:])
	fmt.Println(string(part), len(runes), len("日本語テキスト"))
}
