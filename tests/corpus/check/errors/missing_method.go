// A struct assigned to an interface it does not implement. Go 1.19 said
// "(missing Close method)" on a second line; current Go says
// "(missing method Close)" on the same line, after a colon.
package main

import "fmt"

type Closer interface {
	Close() error
}

type File struct{ name string }

func (f File) Read() string { return f.name }

func main() {
	f := File{"data.txt"}
	var c Closer = f // ERROR col=17 "cannot use f (variable of struct type File) as Closer value in variable declaration: File does not implement Closer (missing method Close)"
	fmt.Println(c, f.Read())
}
