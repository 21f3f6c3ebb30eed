package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	}
	return "Priority(" + strconv.Itoa(int(p)) + ")"
}

type Task struct {
	ID       int
	Title    string
	Priority Priority
	Done     bool
}

type TodoList struct {
	tasks  []Task
	nextID int
}

func (l *TodoList) Add(title string, p Priority) int {
	l.nextID++
	l.tasks = append(l.tasks, Task{ID: l.nextID, Title: title, Priority: p})
	return l.nextID
}

func (l *TodoList) find(id int) (*Task, error) {
	for i := range l.tasks {
		if l.tasks[i].ID == id {
			return &l.tasks[i], nil
		}
	}
	return nil, errors.New("no task #" + strconv.Itoa(id))
}

func (l *TodoList) Complete(id int) error {
	t, err := l.find(id)
	if err != nil {
		return err
	}
	if t.Done {
		return fmt.Errorf("task #%d already done", id)
	}
	t.Done = true
	return nil
}

func (l *TodoList) Delete(id int) error {
	for i, t := range l.tasks {
		if t.ID == id {
			l.tasks = append(l.tasks[:i], l.tasks[i+1:]...)
			return nil
		}
	}
	return fmt.Errorf("delete: no task #%d", id)
}

func (l *TodoList) Filter(keep func(Task) bool) []Task {
	var out []Task
	for _, t := range l.tasks {
		if keep(t) {
			out = append(out, t)
		}
	}
	return out
}

func show(label string, ts []Task) {
	fmt.Printf("%s (%d):\n", label, len(ts))
	for _, t := range ts {
		box := "[ ]"
		if t.Done {
			box = "[x]"
		}
		fmt.Printf("  %s #%-2d %-22s %v\n", box, t.ID, t.Title, t.Priority)
	}
}

func main() {
	var todo TodoList
	commands := []string{
		"add high Fix production bug", "add low Water the plants", "add medium Write report",
		"add high Call the bank", "add 7 Mystery task", "done 1", "done 1", "done 42",
		"del 2", "del 2", "done x", "add low Buy milk", "done 4",
	}
	for _, c := range commands {
		parts := strings.SplitN(c, " ", 3)
		var err error
		switch parts[0] {
		case "add":
			p := map[string]Priority{"low": Low, "medium": Medium, "high": High}
			prio, ok := p[parts[1]]
			if !ok {
				n, _ := strconv.Atoi(parts[1])
				prio = Priority(n)
			}
			todo.Add(parts[2], prio)
		case "done", "del":
			id, convErr := strconv.Atoi(parts[1])
			if convErr != nil {
				err = fmt.Errorf("bad id %q", parts[1])
				break
			}
			if parts[0] == "done" {
				err = todo.Complete(id)
			} else {
				err = todo.Delete(id)
			}
		}
		if err != nil {
			fmt.Printf("%-12q -> error: %v\n", c, err)
		}
	}
	show("all", todo.tasks)
	pending := todo.Filter(func(t Task) bool { return !t.Done })
	sort.Slice(pending, func(i, j int) bool {
		if pending[i].Priority != pending[j].Priority {
			return pending[i].Priority > pending[j].Priority
		}
		return pending[i].ID < pending[j].ID
	})
	show("pending by priority", pending)
	fmt.Printf("%v %d %s\n", High, Medium, Priority(-1))
}
