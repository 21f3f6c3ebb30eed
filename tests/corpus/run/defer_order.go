package main

import (
	"fmt"
	"strings"
)

type Resource struct {
	name string
	log  *[]string
}

func Open(name string, log *[]string) *Resource {
	*log = append(*log, "open "+name)
	return &Resource{name, log}
}

func (r *Resource) Close() {
	*r.log = append(*r.log, "close "+r.name)
}

func useResources() []string {
	var log []string
	a := Open("a", &log)
	defer a.Close()
	b := Open("b", &log)
	defer b.Close()
	log = append(log, "working")
	return log
}

func tripled() (result int) {
	defer func() {
		result *= 3
	}()
	result = 5
	return result + 1
}

func namedErr(fail bool) (msg string, err error) {
	defer func() {
		if err != nil {
			msg = "failed: " + err.Error()
		}
	}()
	if fail {
		return "", fmt.Errorf("code %d", 42)
	}
	return "fine", nil
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 100
	fmt.Println("set x to", x)
}

func loopDefers() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

type tracer struct{ depth int }

func (t *tracer) enter(name string) string {
	t.depth++
	fmt.Printf("%s> %s\n", strings.Repeat("  ", t.depth), name)
	return name
}

func (t *tracer) exit(name string) {
	fmt.Printf("%s< %s\n", strings.Repeat("  ", t.depth), name)
	t.depth--
}

func nested(t *tracer, n int) {
	defer t.exit(t.enter(fmt.Sprintf("level%d", n)))
	if n < 3 {
		nested(t, n+1)
	}
}

func main() {
	fmt.Println(tripled())
	fmt.Println(namedErr(false))
	fmt.Println(namedErr(true))
	deferArgs()
	loopDefers()
	fmt.Println()
	t := &tracer{}
	nested(t, 1)
	log := useResources()
	fmt.Println(log)
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	fmt.Println("end of main")
}
