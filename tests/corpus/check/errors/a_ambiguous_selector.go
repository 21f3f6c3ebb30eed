// Two embedded structs at the same depth that both have a Name field,
// and two embedded types that both have a Close method: the promoted
// selector is ambiguous and must be qualified (f.Reader.Close()).
package main

import "fmt"

type Author struct {
	Name  string
	Email string
}

type Publisher struct {
	Name string
	City string
}

type Book struct {
	Title string
	Author
	Publisher
}

type Reader struct{ path string }

func (r *Reader) Close() error { return nil }

type Writer struct{ path string }

func (w *Writer) Close() error { return nil }

type File struct {
	*Reader
	*Writer
}

func main() {
	b := Book{Title: "Go", Author: Author{"Ana", "a@x"}, Publisher: Publisher{"Acme", "Oslo"}}
	fmt.Println(b.Title, b.Name, b.City) // ERROR col=25 "ambiguous selector b.Name"
	f := File{&Reader{"in.txt"}, &Writer{"out.txt"}}
	if err := f.Close(); err != nil { // ERROR col=14 "ambiguous selector f.Close"
		fmt.Println(err)
	}
	fmt.Println(b.Author.Name, f.Reader.Close())
}
