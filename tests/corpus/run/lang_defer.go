package main

import (
	"fmt"
	"os"
)

type Resource struct{ name string }

func Open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name}
}

func (r *Resource) Close() { fmt.Println("close", r.name) }

func trace(msg string) func() {
	fmt.Println("enter", msg)
	return func() { fmt.Println("exit", msg) }
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	p := &x
	defer func(v int, ptr *int) { fmt.Println("param v =", v, "ptr =", *ptr) }(x, p)
	x = 3
}

func loopDefers() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	for i := 0; i < 3; i++ {
		i := i
		defer func() { fmt.Print("c", i, " ") }()
	}
}

func nested() {
	defer trace("nested")()
	fmt.Println("in nested body")
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	fmt.Println("after inner")
}

type Stack struct{ items []string }

func (s *Stack) Push(v string) { s.items = append(s.items, v) }

func methodDefer() {
	s := &Stack{}
	defer func() { fmt.Println("final stack:", s.items) }()
	defer s.Push("deferred-push")
	s.Push("first")
	s = &Stack{items: []string{"replaced"}}
}

func multiResources() {
	a := Open("a")
	defer a.Close()
	b := Open("b")
	defer b.Close()
	fmt.Println("using", a.name, b.name)
}

func deferReceiverValue() {
	r := Resource{"v1"}
	defer fmt.Println("value captured:", r.name)
	defer (&r).Close()
	r.name = "v2"
}

func main() {
	argsEvaluatedEarly()
	loopDefers()
	fmt.Println()
	nested()
	methodDefer()
	multiResources()
	deferReceiverValue()
	func() {
		for _, s := range []string{"x", "y"} {
			defer fmt.Print(s)
		}
	}()
	fmt.Println()
	defer fmt.Println("never printed: os.Exit does not run deferred calls")
	fmt.Println("exiting with status 0")
	os.Exit(0)
}
