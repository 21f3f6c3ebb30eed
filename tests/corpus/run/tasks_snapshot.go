package main

import (
	"fmt"
	"os"
	"sync"
	"task"
)

type Config struct {
	Name  string
	Tags  []string
	Limit map[string]int
}

func show(c Config) string {
	c.Tags[0] = "child-" + c.Tags[0]
	c.Limit["x"]++
	return fmt.Sprint(c)
}

func main() {
	cfg := Config{"prod", []string{"a", "b"}, map[string]int{"x": 1}}
	t := spawn(show, cfg)
	fmt.Println(await(t))
	fmt.Println(cfg)

	// A captured variable: the task writes its own copy, and sees the
	// value it had when the task started.
	count := 10
	items := []int{1, 2, 3}
	done := make(chan bool)
	go func() {
		count++
		items[0] = 100
		fmt.Println("in task:", count, items)
		done <- true
	}()
	count = 20
	<-done
	fmt.Println("in main:", count, items)

	// Channels, task handles and sync values keep their identity.
	var wg sync.WaitGroup
	results := make(chan string, 2)
	for _, name := range []string{"one", "two"} {
		wg.Add(1)
		go func(n string, wg *sync.WaitGroup) {
			defer wg.Done()
			results <- n
		}(name, &wg)
	}
	wg.Wait()
	fmt.Println(len(results))

	// A pointer is refused: by gocheck where it sees one
	// (tests/corpus/check/errors/snapshot.go), at run time where an
	// interface hides it.
	try := func(what string, f func()) {
		defer func() { fmt.Println(what+":", recover()) }()
		f()
	}
	var anyp interface{} = &Config{Name: "ptr"}
	try("pointer in an interface", func() { spawn(func(v interface{}) {}, anyp) })
	var w interface{} = os.Stdout
	try("runtime-backed", func() { spawn(func(v interface{}) {}, w) })
	loop := []interface{}{1}
	loop[0] = loop
	try("recursive", func() { spawn(func(v []interface{}) {}, loop) })
	g := task.NewTaskGroup()
	try("handle", func() {
		task.AddTask(g, spawn(func(g *task.TaskGroup) int { return 1 }, g))
		task.WaitTasks(g)
	})
	fmt.Println("done")
}
