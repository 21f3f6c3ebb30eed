package main

import (
	"fmt"
	"strconv"
)

var counter int
var ratio = 0.5
var label string = "total"
var x1, y1, z1 int
var p, q = 1, "two"
var u, v int = 3, 4
var n, err = strconv.Atoi("12")
var handler func(int) error
var table map[string][]int
var _ = fmt.Sprint("discarded")

var (
	width, height = 640, 480
	title         string
	depth         int = 8
	ch                = make(chan int, 1)
	matrix        [3][3]float64
	ptr           *int
	iface         interface{}
	anyVal        any = nil
)

var ()

func main() {
	var i int
	var j = 2
	var k, l int = 3, 4
	var (
		s1 = "a"
		s2 string
	)
	var f, e = strconv.ParseFloat("1.5", 64)
	var _, e2 = strconv.Atoi("x")
	counter++
	fmt.Println(counter, ratio, label, x1, y1, z1, p, q, u, v, n, err)
	fmt.Println(width, height, title, depth, cap(ch), matrix[1][1], ptr == nil, iface, anyVal)
	fmt.Println(i, j, k, l, s1, s2, f, e, e2, handler == nil, table == nil)
}
