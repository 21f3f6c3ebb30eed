package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrSyntax = errors.New("syntax error")
var ErrRange = errors.New("out of range")

type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e *LineError) Unwrap() error { return e.Err }

type Instr struct {
	Op  string
	Arg int
}

func parseInstr(s string) (Instr, error) {
	fields := strings.Fields(s)
	if len(fields) == 0 || len(fields) > 2 {
		return Instr{}, fmt.Errorf("%w: want 'op [arg]', got %d fields", ErrSyntax, len(fields))
	}
	in := Instr{Op: strings.ToUpper(fields[0])}
	switch in.Op {
	case "PUSH", "JMPZ":
		if len(fields) != 2 {
			return Instr{}, fmt.Errorf("%w: %s needs an argument", ErrSyntax, in.Op)
		}
		n, err := strconv.Atoi(fields[1])
		if err != nil {
			return Instr{}, fmt.Errorf("%w: bad integer %q", ErrSyntax, fields[1])
		}
		if n < -1000 || n > 1000 {
			return Instr{}, fmt.Errorf("%d: %w", n, ErrRange)
		}
		in.Arg = n
	case "ADD", "MUL", "DUP", "PRINT", "DEC", "SWAP":
		if len(fields) != 1 {
			return Instr{}, fmt.Errorf("%w: %s takes no argument", ErrSyntax, in.Op)
		}
	default:
		return Instr{}, fmt.Errorf("%w: unknown op %q", ErrSyntax, fields[0])
	}
	return in, nil
}

func parseProgram(src string) ([]Instr, []error) {
	var prog []Instr
	var errs []error
	for i, line := range strings.Split(src, "\n") {
		line, _, _ = strings.Cut(line, ";")
		if strings.TrimSpace(line) == "" {
			continue
		}
		in, err := parseInstr(line)
		if err != nil {
			errs = append(errs, &LineError{i + 1, err})
			continue
		}
		prog = append(prog, in)
	}
	return prog, errs
}

func main() {
	src := `push 5   ; counter
dup
print
push 1
pop
push x
push 5000
add 3
jmpz
fly away now
mul`
	prog, errs := parseProgram(src)
	fmt.Printf("%d instructions, %d errors\n", len(prog), len(errs))
	for _, e := range errs {
		var le *LineError
		errors.As(e, &le)
		kind := "other"
		if errors.Is(e, ErrSyntax) {
			kind = "syntax"
		} else if errors.Is(e, ErrRange) {
			kind = "range"
		}
		fmt.Printf("  %-6s line=%-2d %v\n", kind, le.Line, e)
	}
	fmt.Println(prog)

	good := "push 3\n; loop\ndup\nprint\npush -1\nadd\ndup\njmpz 9\npush 0\njmpz 1"
	prog, errs = parseProgram(good)
	fmt.Println(len(prog), errs == nil)
	var stack []int
	pop := func() int { v := stack[len(stack)-1]; stack = stack[:len(stack)-1]; return v }
	for pc, steps := 0, 0; pc < len(prog) && steps < 100; steps++ {
		in := prog[pc]
		pc++
		switch in.Op {
		case "PUSH":
			stack = append(stack, in.Arg)
		case "DUP":
			stack = append(stack, stack[len(stack)-1])
		case "ADD":
			stack = append(stack, pop()+pop())
		case "PRINT":
			fmt.Print(pop(), " ")
		case "JMPZ":
			if pop() == 0 {
				pc = in.Arg
			}
		}
	}
	fmt.Println("| final stack:", stack)
}
