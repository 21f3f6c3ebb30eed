// Package bufio is gomini's declaration of Go's bufio package. gocheck
// reads it to learn the package's API; the functions and methods are
// implemented natively by govm, so they are declared here without bodies.
// With it scripts read os.Stdin line by line or word by word and write
// buffered output, as Unix filters do.
//
// Not provided: ReadWriter and NewReadWriter, NewReaderSize,
// NewWriterSize, Reader's Read, ReadByte, UnreadByte, UnreadRune,
// ReadBytes, ReadSlice, ReadLine, Peek, Discard, Buffered, Size, Reset
// and WriteTo methods, Writer's Write, WriteByte, WriteRune, Available,
// AvailableBuffer, Buffered, Size, Reset and ReadFrom methods, ScanBytes,
// MaxScanTokenSize, and the Err* variables.
package bufio

import "io"

type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

type Scanner struct {
	impl int
}

func NewScanner(r io.Reader) *Scanner

func (s *Scanner) Scan() bool
func (s *Scanner) Text() string
func (s *Scanner) Bytes() []byte
func (s *Scanner) Err() error
func (s *Scanner) Buffer(buf []byte, max int)
func (s *Scanner) Split(split SplitFunc)

func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error)

type Reader struct {
	impl int
}

func NewReader(rd io.Reader) *Reader

func (b *Reader) ReadString(delim byte) (string, error)
func (b *Reader) ReadRune() (r rune, size int, err error)

type Writer struct {
	impl int
}

func NewWriter(w io.Writer) *Writer

func (b *Writer) WriteString(s string) (int, error)
func (b *Writer) Flush() error
