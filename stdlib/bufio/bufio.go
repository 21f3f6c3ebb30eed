// Package bufio is gomini's declaration of Go's bufio package. gocheck
// reads it to learn the package's API; the functions and methods are
// implemented natively by govm, so they are declared here without bodies.
// With it scripts read os.Stdin line by line or word by word and write
// buffered output, as Unix filters do.
//
// A Reader and a Writer buffer as Go's do, reading and writing the
// underlying reader and writer in the same pieces (a Writer flushes
// itself when its buffer fills); Peek returns a copy of the buffered
// bytes, not a slice of the buffer.
//
// Not provided: ReadWriter and NewReadWriter, Reader's ReadSlice,
// Discard, Size, Reset and WriteTo methods, Writer's AvailableBuffer,
// Size, Reset and ReadFrom methods, the Scanner's errors (ErrTooLong,
// ErrNegativeAdvance, ErrAdvanceTooFar, ErrBadReadCount, ErrFinalToken:
// its buffer grows as needed and split functions of the program's own
// are not provided) and the split functions called directly.
package bufio

import "io"

const MaxScanTokenSize = 64 * 1024

var (
	ErrInvalidUnreadByte error
	ErrInvalidUnreadRune error
	ErrBufferFull        error
	ErrNegativeCount     error
)

type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// impl holds govm's state: a reference, so that the collector keeps it.
type Scanner struct {
	impl *byte
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
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error)

// impl holds govm's state: a reference, so that the collector keeps it;
// size is the buffer's, lastByte and lastRuneSize what UnreadByte and
// UnreadRune may undo (-1: nothing).
type Reader struct {
	impl         *byte
	size         int
	lastByte     int
	lastRuneSize int
}

func NewReader(rd io.Reader) *Reader
func NewReaderSize(rd io.Reader, size int) *Reader

func (b *Reader) Read(p []byte) (n int, err error)
func (b *Reader) ReadByte() (byte, error)
func (b *Reader) UnreadByte() error
func (b *Reader) ReadRune() (r rune, size int, err error)
func (b *Reader) UnreadRune() error
func (b *Reader) ReadString(delim byte) (string, error)
func (b *Reader) ReadBytes(delim byte) ([]byte, error)
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error)
func (b *Reader) Peek(n int) ([]byte, error)
func (b *Reader) Buffered() int

// impl holds govm's state: a reference, so that the collector keeps it;
// size is the buffer's.
type Writer struct {
	impl *byte
	size int
}

func NewWriter(w io.Writer) *Writer
func NewWriterSize(w io.Writer, size int) *Writer

func (b *Writer) Write(p []byte) (nn int, err error)
func (b *Writer) WriteByte(c byte) error
func (b *Writer) WriteRune(r rune) (size int, err error)
func (b *Writer) WriteString(s string) (int, error)
func (b *Writer) Flush() error
func (b *Writer) Available() int
func (b *Writer) Buffered() int
