package main

import "fmt"

var config struct {
	Host string
	Port int
	TLS  struct {
		Enabled bool
		Cert    string
	}
}

func describe(v interface{}) string { return fmt.Sprintf("%v", v) }

func show(values ...any) {
	for _, v := range values {
		fmt.Print(v, " ")
	}
	fmt.Println()
}

func main() {
	// Anonymous struct literals.
	p := struct {
		Name string
		Age  int
	}{"Ann", 30}
	q := struct{ X, Y int }{X: 1, Y: 2}
	empty := struct{}{}
	people := []struct {
		name string
		tags []string
	}{
		{"a", []string{"x"}},
		{name: "b"},
	}
	ptr := &struct{ n int }{n: 5}
	nested := struct {
		inner struct{ v int }
	}{inner: struct{ v int }{v: 1}}

	config.Host = "localhost"
	config.TLS.Enabled = true

	// interface{} and any.
	var i interface{} = 42
	var a any = "str"
	list := []interface{}{1, "two", 3.0, nil}
	dict := map[string]any{"k": []any{1, true}}
	var fn func(any) interface{} = func(x any) interface{} { return x }

	fmt.Println(p.Name, q.X, empty, people, ptr.n, nested.inner.v, config.Host, describe(i), a, list, dict, fn(1))
	show(1, "x", p)
}
