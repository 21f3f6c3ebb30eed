package main

import "fmt"

func sum(label string, xs ...int) string {
	t := 0
	for _, x := range xs {
		t += x
	}
	return fmt.Sprint(label, t)
}

func main() {
	fmt.Println(await(spawn(sum, "total ", 1, 2, 3)), await(spawn(sum, "none ")))
}
