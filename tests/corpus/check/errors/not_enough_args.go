// A call with too few arguments. Go prints two more lines after the
// message, which is reported at the last argument:
//	have (number, number)
//	want (float64, float64, float64)
package main

import "fmt"

func volume(w, h, d float64) float64 { return w * h * d }

func main() {
	fmt.Println(volume(2, 3)) // ERROR col=24 "not enough arguments in call to volume"
	fmt.Println(volume(2, 3, 4))
}
