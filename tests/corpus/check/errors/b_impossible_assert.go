// Type assertions that can never succeed: File has no Read method, so no
// io.Reader can hold a File, and Buffer's Write method has a pointer
// receiver, so an io.Writer can hold a *Buffer but not a Buffer. The
// messages continue on a second line:
//	File does not implement io.Reader (missing method Read)
// and
//	Buffer does not implement io.Writer (method Write has pointer receiver)
package main

import (
	"fmt"
	"io"
	"os"
)

type File struct {
	name string
}

type Buffer struct {
	data []byte
}

func (b *Buffer) Write(p []byte) (int, error) {
	b.data = append(b.data, p...)
	return len(p), nil
}

func main() {
	var r io.Reader = os.Stdin
	if f, ok := r.(File); ok { // ERROR col=14 "impossible type assertion: r.(File)"
		fmt.Println(f.name)
	}
	var w io.Writer = &Buffer{}
	b := w.(Buffer) // ERROR col=7 "impossible type assertion: w.(Buffer)"
	fmt.Println(len(b.data))
}
