// Go-Mini extensions: spawn and await look like ordinary function calls
// to the parser.
package main

import "fmt"

func work(a, b int) int {
	return a * b
}

func main() {
	t := spawn(work, 1, 2)
	r := await(t)

	// Spawn a closure and await it inline.
	t2 := spawn(func() int { return 40 + 2 })
	fmt.Println(r, await(t2))

	// A slice of tasks.
	tasks := []interface{}{}
	for i := 0; i < 3; i++ {
		tasks = append(tasks, spawn(work, i, i))
	}
	for _, task := range tasks {
		fmt.Println(await(task))
	}

	// Spawn with no extra arguments and spawn used as a statement.
	spawn(fmt.Println, "fire and forget")
	done := await(spawn(func() {}))
	_ = done
}
