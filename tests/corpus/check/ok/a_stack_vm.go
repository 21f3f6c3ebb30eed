// A tiny stack machine: byte opcodes from iota, a program as a slice of
// instruction structs, jumps, and runtime errors reported with the pc.
package main

import (
	"errors"
	"fmt"
)

type Opcode byte

const (
	OpPush Opcode = iota
	OpAdd
	OpSub
	OpMul
	OpDup
	OpSwap
	OpJumpIfZero
	OpJump
	OpPrint
	OpHalt
)

type Instr struct {
	Op  Opcode
	Arg int64
}

type VM struct {
	stack []int64
	out   []int64
	steps int
}

var ErrUnderflow = errors.New("stack underflow")

type VMError struct {
	PC  int
	Err error
}

func (e VMError) Error() string { return fmt.Sprintf("pc %d: %v", e.PC, e.Err) }
func (e VMError) Unwrap() error { return e.Err }

func (vm *VM) pop() (int64, error) {
	if len(vm.stack) == 0 {
		return 0, ErrUnderflow
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, nil
}

func (vm *VM) Run(prog []Instr) (err error) {
	binops := map[Opcode]func(a, b int64) int64{
		OpAdd: func(a, b int64) int64 { return a + b },
		OpSub: func(a, b int64) int64 { return a - b },
		OpMul: func(a, b int64) int64 { return a * b },
	}
	for pc := 0; pc < len(prog); pc++ {
		vm.steps++
		in := prog[pc]
		fail := func(e error) error { return VMError{pc, e} }
		switch in.Op {
		case OpPush:
			vm.stack = append(vm.stack, in.Arg)
		case OpAdd, OpSub, OpMul:
			b, err1 := vm.pop()
			a, err2 := vm.pop()
			if err1 != nil || err2 != nil {
				return fail(ErrUnderflow)
			}
			vm.stack = append(vm.stack, binops[in.Op](a, b))
		case OpDup, OpPrint, OpJumpIfZero:
			v, err := vm.pop()
			if err != nil {
				return fail(err)
			}
			switch {
			case in.Op == OpDup:
				vm.stack = append(vm.stack, v, v)
			case in.Op == OpPrint:
				vm.out = append(vm.out, v)
			case v == 0:
				pc = int(in.Arg) - 1
			}
		case OpSwap:
			n := len(vm.stack)
			if n < 2 {
				return fail(ErrUnderflow)
			}
			vm.stack[n-1], vm.stack[n-2] = vm.stack[n-2], vm.stack[n-1]
		case OpJump:
			pc = int(in.Arg) - 1
		case OpHalt:
			return nil
		default:
			return fail(fmt.Errorf("bad opcode %d", in.Op))
		}
	}
	return nil
}

func main() {
	countdown := []Instr{
		{OpPush, 5}, {OpDup, 0}, {OpPrint, 0}, {OpPush, 1}, {OpSub, 0},
		{OpDup, 0}, {OpJumpIfZero, 8}, {OpJump, 1}, {OpHalt, 0},
	}
	vm := &VM{}
	fmt.Println(vm.Run(countdown), vm.out, vm.steps)

	bad := &VM{}
	err := bad.Run([]Instr{{OpPush, 2}, {OpMul, 0}})
	var ve VMError
	fmt.Println(err, errors.Is(err, ErrUnderflow), errors.As(err, &ve) && ve.PC == 1)
	fmt.Println((&VM{}).Run([]Instr{{Opcode(42), 0}}))
}
