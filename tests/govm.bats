#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# govm on hand-written bytecode: running, the listing, Go's runtime
# errors and exit status 2, the limits, and every kind of forged file
# refused before anything runs.  (gocodegen will write such files; until
# then they are written by hand, in tests/govm/.)

load helpers/common

setup() { setup_tools; }

# bytecode MAIN_CODE MAIN_LINES [REGS] [CONSTANTS] [EXTRA_FUNCTIONS]: a
# file whose main has the given instructions.
bytecode() {
    cat <<EOT
{"format": "go-mini-bytecode", "version": 1, "opset": "gomini-1", "package": "main", "source": "t.go",
 "natives": [], "methods": [], "types": [], "imports": [], "constants": [${4:-}], "globals": [],
 "functions": [{"name": "main.main", "params": 0, "results": 0, "regs": ${3:-4}, "refs": [],
                "code": [$1], "lines": [$2]}${5:-}],
 "init": [], "main": 0}
EOT
}

@test "govm --help and --version" {
    run "$BIN/govm" --help
    [ "$status" -eq 0 ]
    [[ "${lines[0]}" == "usage: govm "* ]]
    [[ "$output" == *"Exit status"* ]]
    run "$BIN/govm" --version
    [ "$status" -eq 0 ]
    [[ "$output" == "govm (gomini) "* ]]
    run "$BIN/govm" --frobnicate x.json
    [ "$status" -eq 64 ]
    run "$BIN/govm"
    [ "$status" -eq 64 ]
}

@test "govm runs recursive fib, printing as println does (to standard error)" {
    run --separate-stderr "$BIN/govm" "$BATS_TEST_DIRNAME/govm/fib.json"
    [ "$status" -eq 0 ]
    [ "$output" = "" ]
    [ "$stderr" = "fib(25) = 75025" ]
}

@test "govm --disasm lists each function with lines, operands and effects" {
    run "$BIN/govm" --disasm "$BATS_TEST_DIRNAME/govm/fib.json"
    [ "$status" -eq 0 ]
    [[ "$output" == *"F0 main.fib: 1 params, 1 results, 7 registers, 10 instructions"* ]]
    [[ "$output" == *"[4]  LT_INT R2 R0 R2"*"; R[A] := R[B] < R[C]"* ]]
    [[ "$output" == *"JMPIFNOT R2 to 4"* ]]
    [[ "$output" == *'K1 = "fib(25) ="'* ]]
}

@test "govm: integer division by zero panics as Go does, exit 2" {
    bytecode '["LOADI", 0, 7], ["LOADI", 1, 0], ["DIV_INT", 2, 0, 1], ["RETURN", 0, 0]' '3, 4, 5, 6' >d.json
    run --separate-stderr "$BIN/govm" d.json
    [ "$status" -eq 2 ]
    [ "${stderr_lines[0]}" = "panic: runtime error: integer divide by zero" ]
    [ "${stderr_lines[1]}" = "goroutine 1 [running]:" ]
    [ "${stderr_lines[2]}" = "main.main()" ]
    [ "${stderr_lines[3]}" = "$(printf '\tt.go:5')" ]
}

@test "govm: integers wrap as Go's do, and MinInt64 / -1 does not trap" {
    # 9223372036854775807 + 1, then MinInt64 / -1, then -7 / 2 and -7 % 2.
    bytecode '["LOADK", 0, 0], ["LOADI", 1, 1], ["ADD_INT", 0, 0, 1], ["PRINT_INT", 0], ["PRINT_SPACE"],
              ["LOADI", 1, -1], ["DIV_INT", 2, 0, 1], ["PRINT_INT", 2], ["PRINT_SPACE"],
              ["LOADI", 0, -7], ["LOADI", 1, 2], ["DIV_INT", 2, 0, 1], ["PRINT_INT", 2], ["PRINT_SPACE"],
              ["REM_INT", 2, 0, 1], ["PRINT_INT", 2], ["PRINT_SPACE"],
              ["LOADI", 0, 300], ["TRUNC", 2, 0, 8], ["PRINT_INT", 2], ["PRINT_SPACE"],
              ["LOADI", 0, 200], ["TRUNC", 2, 0, -8], ["PRINT_INT", 2], ["PRINT_NEWLINE"], ["RETURN", 0, 0]' \
        "$(seq -s, 1 26)" 4 '{"int": 9223372036854775807}' >w.json
    run --separate-stderr "$BIN/govm" w.json
    [ "$status" -eq 0 ]
    [ "$stderr" = "-9223372036854775808 -9223372036854775808 -3 -1 44 -56" ]
}

@test "govm: endless recursion is Go's stack overflow, not a crash" {
    f=', {"name": "main.down", "params": 1, "results": 1, "regs": 2, "refs": [], "code": [["CALL", 0, 1, 1], ["RETURN", 1, 1]], "lines": [9, 9]}'
    bytecode '["LOADI", 0, 1], ["CALL", 0, 1, 1], ["RETURN", 0, 0]' '3, 3, 4' 2 '' "$f" >r.json
    run --separate-stderr "$BIN/govm" r.json
    [ "$status" -eq 2 ]
    [ "${stderr_lines[0]}" = "runtime: goroutine stack exceeds 1000000000-byte limit" ]
    [ "${stderr_lines[1]}" = "fatal error: stack overflow" ]
    [[ "$stderr" == *"main.down(...)"* && "$stderr" == *"...additional frames elided..."* ]]
}

@test "govm --max-steps stops an endless loop" {
    bytecode '["JMP", -1]' '3' >loop.json
    run --separate-stderr "$BIN/govm" --max-steps 100000 loop.json
    [ "$status" -eq 2 ]
    [ "${stderr_lines[0]}" = "fatal error: step limit exceeded (--max-steps 100000)" ]
    run "$BIN/govm" --max-steps 0 loop.json
    [ "$status" -eq 64 ]
}

@test "govm: string constants, concatenation, slicing and comparison, under GC stress" {
    bytecode '["LOADK", 0, 0], ["LOADK", 1, 1], ["CONCAT", 2, 0, 1], ["PRINT_STRING", 2], ["PRINT_SPACE"],
              ["LEN_STRING", 3, 2], ["PRINT_INT", 3], ["PRINT_SPACE"],
              ["LOADI", 4, 2], ["LOADI", 5, 5], ["SLICE_STRING", 6, 2, 4], ["PRINT_STRING", 6], ["PRINT_SPACE"],
              ["LT_STRING", 3, 0, 1], ["PRINT_BOOL", 3], ["PRINT_SPACE"],
              ["EQ_STRING", 3, 6, 6], ["PRINT_BOOL", 3], ["PRINT_NEWLINE"], ["RETURN", 0, 0]' \
        "$(seq -s, 1 20)" 7 '{"string": "gom"}, {"string": "ini"}' >s.json
    # Registers 0-2 and 6 hold strings: mark them as references.
    sed -i 's/"refs": \[\]/"refs": [0, 1, 2, 6]/' s.json
    run --separate-stderr "$BIN/govm" s.json
    [ "$status" -eq 0 ]
    [ "$stderr" = "gomini 6 min true true" ]
    GOMINI_GCSTRESS=1 run --separate-stderr "$BIN/govm" s.json
    [ "$status" -eq 0 ]
    [ "$stderr" = "gomini 6 min true true" ]
}

@test "govm: a slice of a string past its end panics with Go's message" {
    bytecode '["LOADK", 0, 0], ["LOADI", 1, 0], ["LOADI", 2, 7], ["SLICE_STRING", 3, 0, 1], ["RETURN", 0, 0]' \
        '2, 2, 2, 2, 3' 4 '{"string": "abcde"}' >b.json
    sed -i 's/"refs": \[\]/"refs": [0, 3]/' b.json
    run --separate-stderr "$BIN/govm" b.json
    [ "$status" -eq 2 ]
    [ "${stderr_lines[0]}" = "panic: runtime error: slice bounds out of range [:7] with length 5" ]
}

@test "govm: every forged file is refused before it runs, exit 1, never a crash" {
    good='["LOADI", 0, 1], ["RETURN", 0, 0]'
    check() {   # check MESSAGE-PART FILE
        run "$BIN/govm" "$2"
        [ "$status" -eq 1 ] || { echo "$2: status $status: $output"; return 1; }
        [[ "$output" == *"$1"* ]] || { echo "$2: $output"; return 1; }
    }
    bytecode "$good" '1, 1' >ok.json
    run "$BIN/govm" ok.json
    [ "$status" -eq 0 ]
    sed 's/"version": 1/"version": 3/' ok.json >v3.json
    check "unsupported bytecode version: 3 (this binary supports version 1; upgrade gomini to run newer bytecode)" v3.json
    sed 's/go-mini-bytecode/gomini-ast/' ok.json >fmt.json
    check "not a go-mini-bytecode file" fmt.json
    # fuzz_bundle's find: a method called through an interface, checked
    # before its own window was (an out-of-bounds read under ASan).
    check "geom.(*Circle).Area: more parameters and results than registers" "$BATS_TEST_DIRNAME/govm/callee_window_short.gmb"
    sed 's/gomini-1/gomini-9/' ok.json >ops.json
    check "unknown instruction set" ops.json
    bytecode '["LOADI", 9, 1], ["RETURN", 0, 0]' '1, 1' >reg.json
    check "register 9 out of range" reg.json
    bytecode '["LOADK", 0, 3], ["RETURN", 0, 0]' '1, 1' >k.json
    check "constant 3 out of range" k.json
    bytecode '["JMP", 5], ["RETURN", 0, 0]' '1, 1' >j.json
    check "outside the function" j.json
    bytecode '["JMP", -2], ["RETURN", 0, 0]' '1, 1' >j2.json
    check "outside the function" j2.json
    bytecode '["CALL", 0, 1, 0], ["RETURN", 0, 0]' '1, 1' >ar.json
    check "1 arguments to main.main, which takes 0" ar.json
    bytecode '["CALL", 0, 0, 4], ["RETURN", 0, 0]' '1, 1' >fn.json
    check "function 4 out of range" fn.json
    bytecode '["CALLNATIVE", 0, 0, 0], ["RETURN", 0, 0]' '1, 1' >nat.json
    check "native 0 out of range" nat.json
    bytecode '["LOADI", 0, 1], ["PRINT_STRING", 0], ["RETURN", 0, 0]' '1, 1, 1' >class.json
    check "PRINT_STRING: register 0 holds a number, not a reference" class.json
    bytecode '["LOADK", 0, 0], ["RETURN", 0, 0]' '1, 1' 4 '{"string": "s"}' >kclass.json
    check "does not fit register 0's class" kclass.json
    bytecode '["RETURN", 0, 1]' '1' >ret.json
    check "1 results from main.main" ret.json
    bytecode '["LOADI", 0, 1]' '1' >fall.json
    check "fall off the end" fall.json
    bytecode '["FROB", 0, 1], ["RETURN", 0, 0]' '1, 1' >op.json
    check "unknown instruction FROB" op.json
    bytecode '["LOADI", 0], ["RETURN", 0, 0]' '1, 1' >cnt.json
    check "LOADI takes 2 operands" cnt.json
    bytecode '["LOADI", 0, 40000], ["RETURN", 0, 0]' '1, 1' >imm.json
    check "immediate out of range" imm.json
    bytecode "$good" '1' >lines.json
    check "1 lines for 2 instructions" lines.json
    bytecode "$good" '1, 1' 70000 >regs.json
    check "more than 65535 registers" regs.json
    bytecode '["LOADI", 0, 1], ["MAKEIFACE", 1, 0, 0], ["RETURN", 0, 0]' '1, 1, 1' 4 | sed 's/"refs": \[\]/"refs": [1]/' >ty.json
    check "type 0 out of range" ty.json
    sed 's/"types": \[\]/"types": [{"kind": "COMPLEX", "name": "x"}]/' ty.json >tykind.json
    check "COMPLEX" tykind.json
    sed 's/"types": \[\]/"types": [{"kind": "INT", "name": "int"}]/' ty.json >tyok.json
    run "$BIN/govm" tyok.json
    [ "$status" -eq 0 ]
    sed 's/"refs": \[1\]/"refs": [0, 1]/' tyok.json >tyclass.json
    check "holds a reference, not a number" tyclass.json
    bytecode '["CALLNATIVE", 0, 0, 0], ["RETURN", 0, 0]' '1, 1' | sed 's/"natives": \[\]/"natives": ["fmt.Frobnicate"]/' >unknown.json
    check "this govm has no native function fmt.Frobnicate" unknown.json
    # fmt.Println(x) where x is a number, not an interface.
    bytecode '["LOADI", 0, 1], ["CALLNATIVE", 0, 1, 0], ["RETURN", 0, 0]' '1, 1, 1' | sed 's/"natives": \[\]/"natives": ["fmt.Println"]/' >natclass.json
    check "fmt.Println called with the wrong arguments or results" natclass.json
    # Types: a struct containing itself, a method whose receiver does not
    # fit, a method name or function out of range.
    sed 's/"types": \[\]/"types": [{"kind": "STRUCT", "name": "T", "fields": [["x", 0]]}]/' ok.json >self.json
    check "contains itself" self.json
    sed 's/"types": \[\]/"types": [{"kind": "INT", "name": "N", "methods": [[0, 0]]}]/; s/"methods": \[\]/"methods": ["M"]/' ok.json >recv.json
    check "receiver does not fit" recv.json
    sed 's/"types": \[\]/"types": [{"kind": "INT", "name": "N", "methods": [[3, 0]]}]/' ok.json >mname.json
    check "method name 3 out of range" mname.json
    bytecode '["LOADNIL", 0], ["CALLIFACE", 0, 1, 5], ["RETURN", 0, 0]' '1, 1, 1' | sed 's/"refs": \[\]/"refs": [0]/' >mop.json
    check "CALLIFACE: method name 5 out of range" mop.json
    # Linking: an extern function nothing defines.
    bytecode '["CALL", 0, 0, 1], ["RETURN", 0, 0]' '1, 1' 4 '' ', {"name": "lib.F", "params": 0, "results": 0, "regs": 0, "refs": [], "code": [], "lines": [], "extern": true}' >ext.json
    sed 's/"imports": \[\]/"imports": ["lib"]/' ext.json >ext2.json
    check "imports lib, but there is no" ext2.json
    printf '{"format": "go-mini-bytecode", "version": 1, "opset": "gomini-1", "package": "lib", "source": "l.go", "natives": [], "methods": [], "types": [], "imports": [], "constants": [], "globals": [], "functions": [{"name": "lib.G", "params": 0, "results": 0, "regs": 1, "refs": [], "code": [["RETURN", 0, 0]], "lines": [1]}], "init": [], "main": null}' >lib.json
    check "lib.F: no package of the program defines it" ext2.json
    bytecode '["RETURN", 0, 0]' '1' 4 '' ', {"name": "x.F", "params": 0, "results": 0, "regs": 1, "refs": [], "code": [["RETURN", 0, 0]], "lines": [1], "extern": true}' >extcode.json
    check "an extern function has no code" extcode.json
    printf '{"format": "go-mini-bytecode", "format": "x"}' >dup.json
    check "duplicate" dup.json
    printf '\x00\x01\x02' >bin.json
    check "not a go-mini-bytecode file" bin.json
    : >empty.json
    check "not a go-mini-bytecode file" empty.json
    # Every truncation of a valid file is refused cleanly.
    n=$(wc -c <ok.json)
    for ((i = 0; i < n; i += 7)); do
        head -c "$i" ok.json >cut.json
        run "$BIN/govm" cut.json
        [ "$status" -eq 1 ] || { echo "cut at $i: status $status"; return 1; }
    done
}

@test "govm links only the C library: no CBOR library, Jansson linked in" {
    command -v ldd >/dev/null || skip "no ldd"
    run ldd "$BIN/govm"
    [ "$status" -eq 0 ]
    [[ "$output" != *cbor* && "$output" != *jansson* ]]
    [[ "$output" == *libc.so* ]]
}

@test "govm --trace prints each instruction as it runs, with its registers, on standard error" {
    bytecode '["LOADI", 0, 7], ["LOADI", 1, 5], ["ADD_INT", 2, 0, 1], ["PRINT_INT", 2], ["RETURN", 0, 0]' '3, 3, 4, 4, 5' >t.json
    run --separate-stderr "$BIN/govm" --trace t.json
    [ "$status" -eq 0 ]
    [ "$output" = "" ]
    [ "${stderr_lines[0]}" = "main.main 0 [3] LOADI R0 7  ; R0=0" ]
    [ "${stderr_lines[2]}" = "main.main 2 [4] ADD_INT R2 R0 R1  ; R2=0, R0=7, R1=5" ]
    [ "${stderr_lines[3]}" = "main.main 3 [4] PRINT_INT R2  ; R2=12" ]
    [[ "$stderr" == *"12"* ]]
}
