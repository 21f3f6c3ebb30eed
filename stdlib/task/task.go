// Package task is gomini's own package for its cooperative tasks (SPEC
// section 3); it has no counterpart in Go. gocheck reads this file to
// learn the package's API; the functions are implemented natively by
// govm, so they are declared here without bodies.
//
// The builtins spawn(fn, args...) (which returns a *Task) and await(t)
// belong to the language, not to this package.
//
// A Task's status is one of "pending", "running", "succeeded", "failed"
// or "canceled". Err is nil for pending, running and succeeded tasks and
// an error for failed or canceled ones.
package task

// A Task is a handle to a task started with spawn (or go).
// impl is govm's task: a reference, so that the collector keeps it.
type Task struct {
	impl *byte
}

// A TaskGroup is a collection of tasks managed together.
type TaskGroup struct {
	impl *byte
}

// NewTaskGroup returns a new, empty group.
func NewTaskGroup() *TaskGroup

// AddTask adds t to the group g.
func AddTask(g *TaskGroup, t *Task)

// WaitTasks waits until every task of g has finished.
func WaitTasks(g *TaskGroup)

// GroupErr returns the error of the first task of g that failed or was
// canceled, or nil.
func GroupErr(g *TaskGroup) error

// CancelGroup requests the cancellation of every unfinished task of g.
func CancelGroup(g *TaskGroup)

// Status returns t's status: "pending", "running", "succeeded", "failed"
// or "canceled".
func Status(t *Task) string

// Err returns nil for a pending, running or succeeded task and the
// failure or cancellation error of a failed or canceled one.
func Err(t *Task) error

// Cancel requests t's cancellation through the task's context; the task
// observes it at its next safe point.
func Cancel(t *Task)

// Sleep suspends the calling task for ms milliseconds.
func Sleep(ms int)
