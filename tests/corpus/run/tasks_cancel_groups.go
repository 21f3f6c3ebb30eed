package main

import (
	"errors"
	"fmt"
	"task"
)

var errBad = errors.New("bad input")

func fetch(id int) (string, error) {
	task.Sleep(id)
	if id == 3 {
		return "", fmt.Errorf("fetch %d: %w", id, errBad)
	}
	return fmt.Sprintf("item-%d", id), nil
}

func spin() int {
	n := 0
	for {
		n++
		if n < 0 {
			return n
		}
	}
}

func main() {
	g := task.NewTaskGroup()
	var ts []*task.Task
	for id := 1; id <= 4; id++ {
		t := spawn(fetch, id)
		task.AddTask(g, t)
		ts = append(ts, t)
	}
	task.WaitTasks(g)
	for i, t := range ts {
		fmt.Println(i+1, task.Status(t), task.Err(t))
	}
	err := task.GroupErr(g)
	fmt.Println("group:", err, errors.Is(err, errBad))

	// Cancel stops a task that never blocks, at its next safe point.
	s := spawn(spin)
	task.Sleep(5)
	fmt.Println(task.Status(s))
	task.Cancel(s)
	task.Sleep(1)
	fmt.Println(task.Status(s), task.Err(s))
	func() {
		defer func() { fmt.Println("await:", recover()) }()
		await(s)
	}()

	// A task blocked on a channel is canceled where it waits.
	ch := make(chan int)
	w := spawn(func() int { return <-ch })
	task.Sleep(1)
	task.Cancel(w)
	task.Sleep(1)
	fmt.Println(task.Status(w))

	// CancelGroup cancels every task of the group; sleeping ones wake.
	g2 := task.NewTaskGroup()
	for i := 0; i < 3; i++ {
		task.AddTask(g2, spawn(func() { task.Sleep(10000) }))
	}
	task.CancelGroup(g2)
	task.WaitTasks(g2)
	fmt.Println("group 2:", task.GroupErr(g2))
	empty := task.NewTaskGroup()
	task.WaitTasks(empty)
	fmt.Println("empty group:", task.GroupErr(empty))
}
