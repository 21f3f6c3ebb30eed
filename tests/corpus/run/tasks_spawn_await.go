package main

import (
	"errors"
	"fmt"
	"strings"
	"task"
)

type Report struct {
	Name  string
	Words int
}

func count(name, text string) Report {
	return Report{name, len(strings.Fields(text))}
}

var errEmpty = errors.New("empty input")

func parse(s string) (int, error) {
	if s == "" {
		return 0, errEmpty
	}
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func boom() { panic("boom in a task") }

func main() {
	t1 := spawn(count, "a", "the quick brown fox")
	t2 := spawn(count, "b", "jumps over")
	r1 := await(t1).(Report)
	r2 := await(t2).(Report)
	fmt.Println(r1, r2, r1.Words+r2.Words)
	fmt.Println(await(t1).(Report).Name, task.Status(t1), task.Err(t1))

	ok := spawn(parse, "42")
	fmt.Println(await(ok), task.Status(ok))

	bad := spawn(parse, "")
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r, errors.Is(r.(error), errEmpty))
		}()
		await(bad)
	}()
	fmt.Println(task.Status(bad), task.Err(bad))

	p := spawn(boom)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		await(p)
	}()
	fmt.Println(task.Status(p))

	ch := make(chan int)
	producer := spawn(func(n int) int {
		sum := 0
		for i := 1; i <= n; i++ {
			ch <- i
			sum += i
		}
		close(ch)
		return sum
	}, 5)
	fmt.Println(task.Status(producer))
	got := 0
	for v := range ch {
		got += v
	}
	fmt.Println(got, await(producer), task.Status(producer))
	none := spawn(func() {})
	fmt.Println(await(none) == nil, task.Status(none))
}
