// bufio's Reader and Writer over readers and writers of the program's
// own, which show the pieces bufio reads and writes: byte and rune
// reads with their Unread, Peek, ReadLine with lines longer than the
// buffer, ReadBytes, and a Writer that flushes itself when full.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// chunkReader hands out its text a few bytes per Read, logging each.
type chunkReader struct {
	text  string
	chunk int
	reads []int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if c.text == "" {
		return 0, io.EOF
	}
	n := c.chunk
	if n > len(p) {
		n = len(p)
	}
	if n > len(c.text) {
		n = len(c.text)
	}
	copy(p, c.text[:n])
	c.text = c.text[n:]
	c.reads = append(c.reads, n)
	return n, nil
}

// logWriter records the size of every Write it gets.
type logWriter struct {
	sb     strings.Builder
	writes []int
}

func (l *logWriter) Write(p []byte) (int, error) {
	l.writes = append(l.writes, len(p))
	return l.sb.Write(p)
}

// failWriter takes limit bytes, then fails.
type failWriter struct{ limit int }

var errDiskFull = errors.New("disk full")

func (f *failWriter) Write(p []byte) (int, error) {
	if len(p) > f.limit {
		n := f.limit
		f.limit = 0
		return n, errDiskFull
	}
	f.limit -= len(p)
	return len(p), nil
}

func readers() {
	src := &chunkReader{text: "héllo, wörld\nsecond line\nthird", chunk: 5}
	r := bufio.NewReaderSize(src, 16)
	b, _ := r.ReadByte()
	fmt.Printf("byte %q buffered %d\n", b, r.Buffered())
	fmt.Println("unread:", r.UnreadByte(), "again:", r.UnreadByte())
	ru, size, _ := r.ReadRune()
	ru2, size2, _ := r.ReadRune()
	fmt.Printf("runes %q/%d %q/%d\n", ru, size, ru2, size2)
	fmt.Println("unread rune:", r.UnreadRune(), r.UnreadRune() == bufio.ErrInvalidUnreadRune)
	peek, err := r.Peek(4)
	fmt.Printf("peek %q %v\n", peek, err)
	_, err = r.Peek(-1)
	fmt.Println("peek -1:", err == bufio.ErrNegativeCount)
	_, err = r.Peek(17)
	fmt.Println("peek 17:", err, err == bufio.ErrBufferFull)
	line, err := r.ReadString('\n')
	fmt.Printf("line %q %v\n", line, err)
	word, err := r.ReadBytes(' ')
	fmt.Printf("bytes %q %v\n", word, err)
	buf := make([]byte, 3)
	n, err := r.Read(buf)
	fmt.Printf("read %d %q %v\n", n, buf[:n], err)
	rest, err := r.ReadString('!')
	fmt.Printf("rest %q %v\n", rest, err)
	n, err = r.Read(buf)
	fmt.Println("at end:", n, err, err == io.EOF)
	fmt.Println("reads:", src.reads)

	// ReadLine hands out a line longer than the buffer in pieces.
	long := strings.Repeat("abcdefgh", 5) + "\r\nshort\r\nlast"
	lr := bufio.NewReaderSize(strings.NewReader(long), 16)
	for {
		line, isPrefix, err := lr.ReadLine()
		if err != nil {
			fmt.Println("readline:", err)
			break
		}
		fmt.Printf("%q prefix=%v\n", line, isPrefix)
	}

	// A Reader wrapping a big enough Reader is that Reader.
	big := bufio.NewReaderSize(strings.NewReader("x"), 64)
	fmt.Println(bufio.NewReaderSize(big, 32) == big, bufio.NewReaderSize(big, 128) == big, bufio.NewReader(big) == big)

	// Reading a file through a Reader.
	f, err := os.Open("/nonexistent/input.txt")
	fmt.Println(f == nil, err)
}

func writers() {
	lw := &logWriter{}
	w := bufio.NewWriterSize(lw, 16)
	fmt.Println("available:", w.Available(), "buffered:", w.Buffered())
	w.WriteString("0123456789")
	fmt.Println("after 10:", w.Available(), w.Buffered(), lw.writes)
	w.WriteString("abcdefghij")
	fmt.Println("after 20:", w.Available(), w.Buffered(), lw.writes)
	w.Write([]byte(strings.Repeat("x", 40)))
	fmt.Println("after a big write:", w.Buffered(), lw.writes)
	w.Write([]byte(strings.Repeat("y", 40)))
	fmt.Println("empty, then big:", w.Buffered(), lw.writes)
	w.WriteByte('!')
	n, _ := w.WriteRune('é')
	w.WriteRune('€')
	fmt.Fprintf(w, "[%d]", 42)
	fmt.Println("runes:", n, w.Buffered(), lw.writes)
	fmt.Println("flush:", w.Flush(), w.Buffered(), w.Available(), lw.writes)
	fmt.Println(len(lw.sb.String()), strings.HasSuffix(lw.sb.String(), "yy!é€[42]"))
	fmt.Println(bufio.NewWriterSize(w, 8) == w, bufio.NewWriter(w) == w)

	// The first error sticks.
	fw := bufio.NewWriterSize(&failWriter{limit: 5}, 8)
	fw.WriteString("12345678")
	_, err := fw.WriteString("9")
	fmt.Println("write:", err, "buffered:", fw.Buffered())
	fmt.Println("flush:", fw.Flush(), fw.WriteByte('x'))

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(out, "line %d of output\n", i)
	}
	fmt.Println("before the flush:", out.Buffered(), out.Available())
}

func scanners() {
	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n"))
	sc.Buffer(make([]byte, 64), 1024)
	sc.Split(bufio.ScanLines)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println(sc.Err())
	bs := bufio.NewScanner(strings.NewReader("hé"))
	bs.Split(bufio.ScanBytes)
	count := 0
	for bs.Scan() {
		count++
	}
	fmt.Println("bytes:", count, bs.Err())
}

func main() {
	readers()
	writers()
	scanners()
}
