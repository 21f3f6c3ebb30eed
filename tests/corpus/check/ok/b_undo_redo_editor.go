// A text buffer with undo/redo built on the command pattern: a Command
// interface with pointer-receiver implementations, two stacks, and
// range errors for edits outside the buffer.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Buffer struct{ text []rune }

func (b *Buffer) String() string { return string(b.text) }

type Command interface {
	Do(b *Buffer) error
	Undo(b *Buffer)
	fmt.Stringer
}

type Insert struct {
	At   int
	Text string
}

type Delete struct {
	At, N   int
	removed []rune
}

var (
	_ Command = (*Insert)(nil)
	_ Command = (*Delete)(nil)
)

type RangeError struct {
	Op       string
	At, Size int
}

func (e *RangeError) Error() string {
	return fmt.Sprintf("%s at %d outside buffer of %d runes", e.Op, e.At, e.Size)
}

var ErrNothing = errors.New("nothing to do")

func (c *Insert) Do(b *Buffer) error {
	if c.At < 0 || c.At > len(b.text) {
		return &RangeError{"insert", c.At, len(b.text)}
	}
	tail := append([]rune(c.Text), b.text[c.At:]...)
	b.text = append(b.text[:c.At], tail...)
	return nil
}
func (c *Insert) Undo(b *Buffer) {
	n := len([]rune(c.Text))
	b.text = append(b.text[:c.At], b.text[c.At+n:]...)
}
func (c *Insert) String() string { return fmt.Sprintf("insert(%d, %q)", c.At, c.Text) }

func (c *Delete) Do(b *Buffer) error {
	if c.At < 0 || c.At+c.N > len(b.text) {
		return &RangeError{"delete", c.At, len(b.text)}
	}
	c.removed = append([]rune(nil), b.text[c.At:c.At+c.N]...)
	b.text = append(b.text[:c.At], b.text[c.At+c.N:]...)
	return nil
}
func (c *Delete) Undo(b *Buffer) {
	tail := append(append([]rune(nil), c.removed...), b.text[c.At:]...)
	b.text = append(b.text[:c.At], tail...)
}
func (c *Delete) String() string { return fmt.Sprintf("delete(%d, %d)", c.At, c.N) }

type Editor struct {
	buf        Buffer
	undo, redo []Command
}

func (e *Editor) Apply(c Command) error {
	if err := c.Do(&e.buf); err != nil {
		return fmt.Errorf("%v: %w", c, err)
	}
	e.undo = append(e.undo, c)
	e.redo = nil
	return nil
}

func (e *Editor) Undo() error {
	if len(e.undo) == 0 {
		return fmt.Errorf("undo: %w", ErrNothing)
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.buf)
	e.redo = append(e.redo, c)
	return nil
}

func (e *Editor) Redo() error {
	if len(e.redo) == 0 {
		return fmt.Errorf("redo: %w", ErrNothing)
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	if err := c.Do(&e.buf); err != nil {
		return err
	}
	e.undo = append(e.undo, c)
	return nil
}

func main() {
	ed := &Editor{}
	steps := []func() error{
		func() error { return ed.Apply(&Insert{0, "hello world"}) },
		func() error { return ed.Apply(&Insert{5, ", brave new"}) },
		func() error { return ed.Apply(&Delete{At: 0, N: 7}) },
		func() error { return ed.Apply(&Insert{99, "!"}) },
		ed.Undo, ed.Undo, ed.Redo,
		func() error { return ed.Apply(&Insert{len(ed.buf.text), " — ünïcode"}) },
		ed.Redo, ed.Undo, ed.Undo, ed.Undo, ed.Undo,
	}
	for i, step := range steps {
		err := step()
		var re *RangeError
		switch {
		case errors.As(err, &re):
			fmt.Printf("%2d: range error (%s, size %d): %v\n", i, re.Op, re.Size, err)
		case errors.Is(err, ErrNothing):
			fmt.Printf("%2d: %v\n", i, err)
		default:
			fmt.Printf("%2d: %-30q undo=%d redo=%d\n", i, ed.buf.String(), len(ed.undo), len(ed.redo))
		}
	}
	names := make([]string, len(ed.redo))
	for i, c := range ed.redo {
		names[i] = fmt.Sprintf("%v(%T)", c, c)
	}
	fmt.Println(strings.Join(names, ", "))
}
