// Three-index slices need both the middle and the final index.
package main

func main() {
	a := []int{1, 2, 3, 4}
	b := a[1::3] // ERROR col=11 "middle index required in 3-index slice"
	c := a[1:2:] // ERROR col=13 "final index required in 3-index slice"
	println(len(b), len(c))
}
