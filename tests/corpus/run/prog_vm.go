package main

import (
	"errors"
	"fmt"
	"strings"
)

type Opcode byte

const (
	PUSH Opcode = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	JMP
	JZ
	LOAD
	STORE
	PRINT
	HALT
)

var opNames = [...]string{"PUSH", "ADD", "SUB", "MUL", "DIV", "DUP", "JMP", "JZ", "LOAD", "STORE", "PRINT", "HALT"}

func (o Opcode) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return fmt.Sprintf("OP(%d)", byte(o))
}

type Instr struct {
	Op  Opcode
	Arg int
}
type VM struct {
	stack []int
	vars  [8]int
	out   strings.Builder
	steps int
}

var ErrStackUnderflow = errors.New("stack underflow")

type VMError struct {
	PC  int
	Op  Opcode
	Err error
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d %v: %v", e.PC, e.Op, e.Err) }
func (e *VMError) Unwrap() error { return e.Err }
func (vm *VM) pop() (v int, err error) {
	if n := len(vm.stack); n > 0 {
		v, vm.stack = vm.stack[n-1], vm.stack[:n-1]
		return v, nil
	}
	return 0, ErrStackUnderflow
}

func (vm *VM) Run(prog []Instr, maxSteps int) error {
	for pc := 0; pc < len(prog); {
		in := prog[pc]
		vm.steps++
		if vm.steps > maxSteps {
			return &VMError{pc, in.Op, errors.New("step limit exceeded")}
		}
		fail := func(err error) error { return &VMError{pc, in.Op, err} }
		next := pc + 1
		switch in.Op {
		case PUSH:
			vm.stack = append(vm.stack, in.Arg)
		case DUP, PRINT, JZ, STORE:
			v, err := vm.pop()
			if err != nil {
				return fail(err)
			}
			switch in.Op {
			case DUP:
				vm.stack = append(vm.stack, v, v)
			case PRINT:
				fmt.Fprintf(&vm.out, "%d ", v)
			case JZ:
				if v == 0 {
					next = in.Arg
				}
			case STORE:
				vm.vars[in.Arg] = v
			}
		case ADD, SUB, MUL, DIV:
			b, err1 := vm.pop()
			a, err2 := vm.pop()
			if err1 != nil || err2 != nil {
				return fail(ErrStackUnderflow)
			}
			var r int
			switch in.Op {
			case ADD:
				r = a + b
			case SUB:
				r = a - b
			case MUL:
				r = a * b
			case DIV:
				if b == 0 {
					return fail(errors.New("division by zero"))
				}
				r = a / b
			}
			vm.stack = append(vm.stack, r)
		case JMP:
			next = in.Arg
		case LOAD:
			vm.stack = append(vm.stack, vm.vars[in.Arg])
		case HALT:
			return nil
		default:
			return fail(fmt.Errorf("unknown opcode %d", byte(in.Op)))
		}
		pc = next
	}
	return nil
}

func run(name string, prog []Instr) {
	vm := &VM{}
	err := vm.Run(prog, 500)
	fmt.Printf("%-9s out=[%s] stack=%v steps=%d err=%v underflow=%t\n", name,
		strings.TrimSpace(vm.out.String()), vm.stack, vm.steps, err, errors.Is(err, ErrStackUnderflow))
}

func main() {
	fact := []Instr{{PUSH, 6}, {STORE, 0}, {PUSH, 1}, {STORE, 1},
		{LOAD, 0}, {JZ, 15}, {LOAD, 1}, {LOAD, 0}, {MUL, 0}, {STORE, 1},
		{LOAD, 0}, {PUSH, 1}, {SUB, 0}, {STORE, 0}, {JMP, 4},
		{LOAD, 1}, {PRINT, 0}, {HALT, 0}}
	run("fact", fact)
	countdown := []Instr{{PUSH, 5}, {DUP, 0}, {PRINT, 0}, {PUSH, 1}, {SUB, 0}, {DUP, 0}, {JZ, 8}, {JMP, 1}, {PUSH, 99}}
	run("countdown", countdown)
	run("underflow", []Instr{{PUSH, 1}, {ADD, 0}})
	run("dupempty", []Instr{{DUP, 0}})
	run("divzero", []Instr{{PUSH, 1}, {PUSH, 0}, {DIV, 0}})
	run("loop", []Instr{{JMP, 0}})
	run("badop", []Instr{{PUSH, 2}, {Opcode(42), 0}})
	run("empty", nil)
	fmt.Println(PUSH, HALT, Opcode(200), []Opcode{ADD, JZ})
}
