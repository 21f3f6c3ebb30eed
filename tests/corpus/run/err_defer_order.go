package main

import (
	"errors"
	"fmt"
)

var log []string

func logf(format string, args ...interface{}) {
	log = append(log, fmt.Sprintf(format, args...))
}

type Resource struct {
	Name   string
	closed bool
}

func Open(name string) (*Resource, error) {
	if name == "" {
		return nil, errors.New("open: empty name")
	}
	logf("open %s", name)
	return &Resource{Name: name}, nil
}

func (r *Resource) Close() error {
	if r.closed {
		return fmt.Errorf("close %s: already closed", r.Name)
	}
	r.closed = true
	logf("close %s", r.Name)
	if r.Name == "flaky" {
		return errors.New("close flaky: flush failed")
	}
	return nil
}

// process opens several resources and closes them in reverse order,
// reporting the first close error if the body succeeded.
func process(names []string, fail bool) (err error) {
	for _, n := range names {
		r, openErr := Open(n)
		if openErr != nil {
			return openErr
		}
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	if fail {
		return errors.New("body failed")
	}
	return nil
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	n = 1
	return n + 1
}

func argsEvaluatedEarly() {
	x := 1
	defer logf("deferred with x=%d", x)
	defer func() { logf("closure sees x=%d", x) }()
	x = 100
}

func loopDefers() {
	for i := 0; i < 3; i++ {
		defer logf("loop defer %d", i)
	}
}

func recoverAndRepanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("outer caught: %v", r)
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			logf("first handler saw %v", r)
			panic(fmt.Sprint("escalated ", r))
		}
	}()
	panic("original")
}

func flush(title string) {
	fmt.Println("--", title)
	for _, l := range log {
		fmt.Println("  ", l)
	}
	log = log[:0]
}

func main() {
	fmt.Println("err:", process([]string{"db", "cache", "file"}, false))
	flush("all good")
	fmt.Println("err:", process([]string{"db", "flaky", "file"}, false))
	flush("flaky close")
	fmt.Println("err:", process([]string{"flaky", "net"}, true))
	flush("body fails")
	fmt.Println("err:", process([]string{"a", "", "c"}, false))
	flush("open fails")
	fmt.Println("counter:", counter())
	argsEvaluatedEarly()
	loopDefers()
	flush("evaluation order")
	fmt.Println("err:", recoverAndRepanic())
	flush("repanic")
	r := &Resource{Name: "twice"}
	fmt.Println(r.Close(), r.Close())
	flush("double close")
}
