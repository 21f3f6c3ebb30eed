package main

import (
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
	return [...]string{"low", "medium", "high"}[p]
}

type Task struct {
	ID       int
	Title    string
	Pri      Priority
	Done     bool
	Tags     []string
	Subtasks []*Task
}

type TodoList struct {
	nextID int
	tasks  []*Task
	byTag  map[string][]int
}

func NewTodoList() *TodoList {
	return &TodoList{nextID: 1, byTag: map[string][]int{}}
}

func (l *TodoList) Add(title string, pri Priority, tags ...string) *Task {
	t := &Task{ID: l.nextID, Title: title, Pri: pri, Tags: tags}
	l.nextID++
	l.tasks = append(l.tasks, t)
	for _, tag := range tags {
		l.byTag[tag] = append(l.byTag[tag], t.ID)
	}
	return t
}

func (l *TodoList) Find(id int) (*Task, bool) {
	for _, t := range l.tasks {
		if t.ID == id {
			return t, true
		}
	}
	return nil, false
}

func (t *Task) Progress() (done, total int) {
	if len(t.Subtasks) == 0 {
		if t.Done {
			return 1, 1
		}
		return 0, 1
	}
	for _, s := range t.Subtasks {
		d, n := s.Progress()
		done += d
		total += n
	}
	return
}

func (t *Task) String() string {
	box := "[ ]"
	if t.Done {
		box = "[x]"
	}
	s := fmt.Sprintf("%s #%d %s (%v)", box, t.ID, t.Title, t.Pri)
	if len(t.Tags) > 0 {
		s += " {" + strings.Join(t.Tags, ",") + "}"
	}
	if len(t.Subtasks) > 0 {
		d, n := t.Progress()
		s += " " + strconv.Itoa(d) + "/" + strconv.Itoa(n)
	}
	return s
}

func (l *TodoList) Process(cmd string) string {
	f := strings.Fields(cmd)
	if len(f) < 2 {
		return "bad command: " + cmd
	}
	id, err := strconv.Atoi(f[1])
	if err != nil {
		return "bad id: " + f[1]
	}
	t, ok := l.Find(id)
	if !ok {
		return fmt.Sprintf("task %d not found", id)
	}
	switch f[0] {
	case "done":
		t.Done = true
		for _, s := range t.Subtasks {
			s.Done = true
		}
	case "undo":
		t.Done = false
	case "bump":
		if t.Pri < High {
			t.Pri++
		}
	default:
		return "unknown verb " + f[0]
	}
	return "ok: " + t.String()
}

func main() {
	l := NewTodoList()
	l.Add("write parser", High, "code")
	docs := l.Add("write docs", Low, "docs", "code")
	rel := l.Add("release", Medium)
	rel.Subtasks = append(rel.Subtasks, &Task{ID: 100, Title: "tag"}, &Task{ID: 101, Title: "build", Done: true}, &Task{ID: 102, Title: "publish"})
	l.Add("coffee", Low, "life")
	docs.Tags = append(docs.Tags, "later")

	for _, c := range []string{"done 1", "bump 2", "bump 2", "bump 2", "done 9", "nuke 1", "done x", "done", "undo 1"} {
		fmt.Println(c, "=>", l.Process(c))
	}
	for _, t := range l.tasks {
		fmt.Println(t)
	}
	sorted := make([]*Task, len(l.tasks))
	copy(sorted, l.tasks)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].Pri != sorted[j].Pri {
			return sorted[i].Pri > sorted[j].Pri
		}
		return sorted[i].ID < sorted[j].ID
	})
	titles := []string{}
	for _, t := range sorted {
		titles = append(titles, t.Title)
	}
	fmt.Println(strings.Join(titles, " > "))
	fmt.Println(l.byTag)
	l.Process("done 3")
	fmt.Println(rel, rel.Subtasks[0].Done)
}
