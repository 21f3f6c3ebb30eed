// Package io is gomini's declaration of the part of Go's io package that
// the other standard packages need: the Reader and Writer interfaces
// (which fmt.Fprint*, bufio.NewScanner, bufio.NewReader and
// bufio.NewWriter take) and EOF. It is implemented natively by govm.
//
// Not provided: everything else of Go's io package: Closer, Seeker,
// ReadWriter and the other combined interfaces, ReaderFrom, WriterTo,
// ReaderAt, WriterAt, ByteReader, RuneReader, StringWriter and their
// kin, Copy, CopyN, CopyBuffer, ReadAll, ReadFull, ReadAtLeast,
// WriteString, LimitReader, MultiReader, MultiWriter, TeeReader,
// SectionReader, Pipe, NopCloser, Discard, and the errors other than EOF.
package io

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

var EOF error
