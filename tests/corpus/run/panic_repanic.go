package main

import "fmt"

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered:", r)
		panic(fmt.Sprintf("%s: %v (again)", name, r))
	}
}

func work() {
	defer cleanup("work")
	var xs []string
	fmt.Println(xs[1])
}

func main() {
	defer fmt.Println("main's deferred call still runs")
	work()
}
