// A lexer for key=value config lines written as a state machine whose
// states are functions returning the next state (the stateFn pattern).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type ItemType int

const (
	ItemKey ItemType = iota
	ItemValue
	ItemComment
	ItemError
)

func (t ItemType) String() string {
	switch t {
	case ItemKey:
		return "KEY"
	case ItemValue:
		return "VALUE"
	case ItemComment:
		return "COMMENT"
	}
	return "ERROR"
}

var _ fmt.Stringer = ItemType(0)

type Item struct {
	Type ItemType
	Text string
	Line int
}

type lexer struct {
	input string
	start int
	pos   int
	line  int
	items []Item
}

type stateFn func(*lexer) stateFn

func (l *lexer) emit(t ItemType) {
	l.items = append(l.items, Item{t, strings.TrimSpace(l.input[l.start:l.pos]), l.line})
	l.start = l.pos
}

func (l *lexer) errorf(format string, args ...interface{}) stateFn {
	l.items = append(l.items, Item{ItemError, fmt.Sprintf(format, args...), l.line})
	return nil
}

func (l *lexer) skipLine() {
	for l.pos < len(l.input) && l.input[l.pos] != '\n' {
		l.pos++
	}
}

func lexLineStart(l *lexer) stateFn {
	for l.pos < len(l.input) && unicode.IsSpace(rune(l.input[l.pos])) {
		if l.input[l.pos] == '\n' {
			l.line++
		}
		l.pos++
	}
	l.start = l.pos
	switch {
	case l.pos >= len(l.input):
		return nil
	case l.input[l.pos] == '#':
		return lexComment
	}
	return lexKey
}

func lexComment(l *lexer) stateFn {
	l.pos++
	l.start = l.pos
	l.skipLine()
	l.emit(ItemComment)
	return lexLineStart
}

func lexKey(l *lexer) stateFn {
	for l.pos < len(l.input) {
		c := rune(l.input[l.pos])
		switch {
		case c == '=':
			if l.pos == l.start {
				return l.errorf("line %d: empty key", l.line)
			}
			l.emit(ItemKey)
			l.pos++
			l.start = l.pos
			return lexValue
		case c == '\n':
			return l.errorf("line %d: key %q without '='", l.line, l.input[l.start:l.pos])
		case !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '_' && c != '.' && c != ' ':
			return l.errorf("line %d: bad character %q in key", l.line, c)
		}
		l.pos++
	}
	return l.errorf("line %d: unexpected end of input in key", l.line)
}

func lexValue(l *lexer) stateFn {
	l.skipLine()
	l.emit(ItemValue)
	return lexLineStart
}

func Lex(input string) []Item {
	l := &lexer{input: input, line: 1}
	for state := stateFn(lexLineStart); state != nil; {
		state = state(l)
	}
	return l.items
}

func main() {
	good := "# server config\nhost = example.org\nport=8080\n\n  log.level = debug # verbose\n"
	bad := "name = ok\nwho@ = nope\nafter = never\n"
	for _, src := range []string{good, bad, "dangling"} {
		conf := map[string]string{}
		var key string
		for _, it := range Lex(src) {
			fmt.Printf("  %d:%-7v %q\n", it.Line, it.Type, it.Text)
			switch it.Type {
			case ItemKey:
				key = it.Text
			case ItemValue:
				conf[key] = it.Text
			}
		}
		fmt.Printf("=> %d keys: %v\n", len(conf), conf)
	}
}
