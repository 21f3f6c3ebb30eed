// continue to a label on a switch, and break to a label that does not
// exist.
package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
sw:
	switch len(xs) {
	case 3:
		for _, x := range xs {
			if x == 2 {
				continue sw // ERROR col=14 "invalid continue label sw"
			}
		}
	}
	for i := 0; i < 2; i++ {
		if i == 1 {
			break done // ERROR col=10 "break label not defined: done"
		}
	}
	fmt.Println(xs)
}
