// A stack-based bytecode VM with registers: an assembler from text,
// opcodes with a String method, jumps, and runtime errors that wrap.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	LOAD
	STORE
	JZ
	JMP
	PRINT
	HALT
)

var opNames = [...]string{"PUSH", "ADD", "SUB", "MUL", "LOAD", "STORE", "JZ", "JMP", "PRINT", "HALT"}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "Op(" + strconv.Itoa(int(o)) + ")"
}

type Instr struct {
	Op  Op
	Arg int
}

var ErrStackUnderflow = errors.New("stack underflow")

type VMError struct {
	PC    int
	Instr Instr
	Err   error
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d %v: %v", e.PC, e.Instr.Op, e.Err) }
func (e *VMError) Unwrap() error { return e.Err }

func Assemble(src string) ([]Instr, error) {
	lookup := map[string]Op{}
	for i, n := range opNames {
		lookup[n] = Op(i)
	}
	var prog []Instr
	for n, stmt := range strings.Split(src, ";") {
		f := strings.Fields(stmt)
		op, ok := lookup[strings.ToUpper(f[0])]
		if !ok {
			return nil, fmt.Errorf("stmt %d: unknown op %q", n, f[0])
		}
		in := Instr{Op: op}
		var err error
		if len(f) > 1 {
			if in.Arg, err = strconv.Atoi(f[1]); err != nil {
				return nil, fmt.Errorf("stmt %d: %w", n, err)
			}
		}
		prog = append(prog, in)
	}
	return prog, nil
}

type VM struct {
	stack []int
	regs  [4]int
	out   []string
	steps int
}

func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

var arity = map[Op]int{ADD: 2, SUB: 2, MUL: 2, STORE: 1, JZ: 1, PRINT: 1}

func (vm *VM) Run(prog []Instr) (err error) {
	pc := 0
	defer func() {
		if err != nil {
			err = &VMError{pc, prog[pc], err}
		}
	}()
	add := func(a, b int) int { return a + b }
	sub := func(a, b int) int { return a - b }
	binops := map[Op]func(a, b int) int{ADD: add, SUB: sub, MUL: func(a, b int) int { return a * b }}
	for ; pc < len(prog) && vm.steps < 1000; pc++ {
		vm.steps++
		in := prog[pc]
		if len(vm.stack) < arity[in.Op] {
			return ErrStackUnderflow
		}
		if f, ok := binops[in.Op]; ok {
			b := vm.pop()
			vm.stack = append(vm.stack, f(vm.pop(), b))
			continue
		}
		switch in.Op {
		case PUSH:
			vm.stack = append(vm.stack, in.Arg)
		case LOAD:
			vm.stack = append(vm.stack, vm.regs[in.Arg])
		case STORE:
			vm.regs[in.Arg] = vm.pop()
		case PRINT:
			vm.out = append(vm.out, strconv.Itoa(vm.pop()))
		case JZ, JMP:
			if in.Op == JMP || vm.pop() == 0 {
				pc = in.Arg - 1
			}
		case HALT:
			return nil
		}
	}
	return nil
}

func main() {
	fact := `push 1; store 0; push 6; store 1; load 1; jz 15; load 0; load 1; mul; store 0;
		load 1; push 1; sub; store 1; jmp 4; load 0; print 0; halt`
	programs := []string{fact, "push 2; push 3; add; load 2; print 0; mul; mul", "push 1; bogus", "push x"}
	for _, src := range programs {
		prog, err := Assemble(src)
		if err != nil {
			fmt.Println("assemble:", err)
			continue
		}
		vm := &VM{}
		err = vm.Run(prog)
		if ve, ok := err.(*VMError); ok && errors.Is(err, ErrStackUnderflow) {
			fmt.Printf("runtime error at %d (%v): %v\n", ve.PC, ve.Instr.Op, err)
		}
		fmt.Printf("%d instrs, %d steps, out=%v stack=%v regs=%v\n", len(prog), vm.steps, vm.out, vm.stack, vm.regs)
	}
	fmt.Println(Op(3), Op(42), HALT)
}
