// Package io is gomini's declaration of the part of Go's io package that
// the other standard packages need: the Reader and Writer interfaces
// (which fmt.Fprint*, bufio.NewScanner, bufio.NewReader and
// bufio.NewWriter take) and EOF, with the small interfaces programs
// declare their own types against. It is implemented natively by govm.
//
// Not provided: Seeker and the interfaces with it, ReaderFrom, WriterTo,
// ReaderAt, WriterAt, Copy, CopyN, CopyBuffer, ReadAll, ReadFull, ReadAtLeast,
// WriteString, LimitReader, MultiReader, MultiWriter, TeeReader,
// SectionReader, Pipe, NopCloser, Discard, and the errors other than EOF.
package io

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

var EOF error
