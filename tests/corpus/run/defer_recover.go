package main

import (
	"errors"
	"fmt"
)

type MyErr struct {
	Code int
}

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative value %d", n))
	}
	return n
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			fmt.Println(name, "ok")
		case string:
			fmt.Println(name, "panicked with string:", v)
		case error:
			var me *MyErr
			if errors.As(v, &me) {
				fmt.Println(name, "panicked with MyErr code", me.Code)
			} else {
				fmt.Println(name, "panicked with error:", v)
			}
		default:
			fmt.Printf("%s panicked with %T: %v\n", name, v, v)
		}
	}()
	f()
}

func panics(f func()) (did bool) {
	defer func() {
		if recover() != nil {
			did = true
		}
	}()
	f()
	return false
}

func deferredDuringPanic() {
	defer fmt.Println("deferred 1 runs")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered in deferredDuringPanic:", r)
		}
	}()
	defer fmt.Println("deferred 3 runs first")
	panic("boom")
}

func rePanic() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("outer caught: ", r)
		}
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprint("wrapped(", r, ")"))
			}
		}()
		panic("inner")
	}()
	return "unreachable"
}

func main() {
	fmt.Println(safeDiv(10, 2))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)

	try("positive", func() { mustPositive(5) })
	try("negative", func() { mustPositive(-5) })
	try("myerr", func() { panic(&MyErr{7}) })
	try("plain error", func() { panic(errors.New("plain")) })
	try("int", func() { panic(42) })
	try("index", func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	fmt.Println("nil map write panics:", panics(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println("nil pointer panics:", panics(func() {
		var p *MyErr
		p.Code = 1
	}))
	fmt.Println("bad assertion panics:", panics(func() {
		var x interface{} = "str"
		_ = x.(int)
	}))
	fmt.Println("good assertion panics:", panics(func() {
		var x interface{} = "str"
		_ = x.(string)
	}))
	deferredDuringPanic()
	fmt.Println(rePanic())
	fmt.Println("main finished")
}
