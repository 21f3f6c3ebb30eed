#!/usr/bin/env bats
# golex: the command-line contract and every kind of bad input.

load helpers/common

setup() { setup_tools; }

@test "golex --help prints usage and exits 0" {
    run "$BIN/golex" --help
    [ "$status" -eq 0 ]
    [[ "$output" == usage:\ golex* ]]
    [[ "$output" == *"-o FILE"* ]]
}

@test "golex --version names the tool" {
    run "$BIN/golex" --version
    [ "$status" -eq 0 ]
    [[ "$output" == "golex (gomini) "* ]]
}

@test "golex: unknown flag is a usage error (64)" {
    run "$BIN/golex" --frobnicate x.go
    [ "$status" -eq 64 ]
    [[ "$output" == *"golex: unknown flag: --frobnicate"* ]]
}

@test "golex: two inputs are a usage error" {
    write_hello a.go
    write_hello b.go
    run "$BIN/golex" a.go b.go
    [ "$status" -eq 64 ]
}

@test "golex: -o without a file name is a usage error" {
    run "$BIN/golex" hello.go -o
    [ "$status" -eq 64 ]
    [[ "$output" == *"flag needs an argument: -o"* ]]
}

@test "golex: a missing input file is exit 1 with the reason" {
    run "$BIN/golex" nosuch.go -o out.tok
    [ "$status" -eq 1 ]
    [ "$output" = "golex: cannot open nosuch.go: No such file or directory" ]
    refute_output_file out.tok
}

@test "golex: a directory is not a source file" {
    mkdir d
    run "$BIN/golex" d
    [ "$status" -eq 1 ]
    [[ "$output" == *"is a directory"* ]]
}

@test "golex writes CBOR with -o, and the same bytes to stdout" {
    write_hello
    run "$BIN/golex" hello.go -o hello.tok
    [ "$status" -eq 0 ]
    [ -s hello.tok ]
    "$BIN/golex" hello.go >stdout.tok
    cmp hello.tok stdout.tok
}

@test "golex reads standard input with - and names it <stdin>" {
    write_hello
    "$BIN/golex" - <hello.go >a.tok
    "$BIN/golex" <hello.go >b.tok
    cmp a.tok b.tok
    printf 'package main\nvar x = 1 # 2\n' >bad.go
    run "$BIN/golex" - <bad.go
    [ "$status" -eq 1 ]
    [ "$output" = "<stdin>:2:11: invalid character U+0023 '#'" ]
}

@test "golex --json is valid JSON with the header and tokens" {
    write_hello
    run "$BIN/golex" --json hello.go
    [ "$status" -eq 0 ]
    echo "$output" | jq -e '.format == "gomini-tokens" and .version == 1 and .sources == ["hello.go"]'
    echo "$output" | jq -e '.body[0] == {"kind": "PACKAGE", "line": 1, "col": 1}'
    echo "$output" | jq -e '.body[1].text == "main"'
    echo "$output" | jq -e '[.body[] | select(.kind == "SEMI")][0].text == "newline"'
    echo "$output" | jq -e '.body[-1].kind == "EOF"'
}

@test "golex: errors are file:line:col, sorted, several per run" {
    printf 'package main\nvar a = 09\nvar b = "\\q"\nvar c = 0x\n' >bad.go
    run "$BIN/golex" bad.go -o bad.tok
    [ "$status" -eq 1 ]
    [ "${lines[0]}" = "bad.go:2:10: invalid digit '9' in octal literal" ]
    [ "${lines[1]}" = "bad.go:3:11: unknown escape" ]
    [ "${lines[2]}" = "bad.go:4:11: hexadecimal literal has no digits" ]
    [ "${#lines[@]}" -eq 3 ]
    refute_output_file bad.tok
}

@test "golex: the 10th error ends the run with 'too many errors', as in the go tool" {
    { echo 'package main'; for i in $(seq 1 15); do echo "var v$i = 1 # 2"; done; } >many.go
    run "$BIN/golex" many.go
    [ "$status" -eq 1 ]
    [ "${#lines[@]}" -eq 11 ]
    [ "${lines[9]}" = "many.go:11:13: invalid character U+0023 '#'" ]
    [ "${lines[10]}" = "many.go:11:13: too many errors" ]
}

@test "golex: an empty file is refused" {
    : >empty.go
    run "$BIN/golex" empty.go -o empty.tok
    [ "$status" -eq 1 ]
    [[ "$output" == "golex: empty.go: empty file"* ]]
    refute_output_file empty.tok
}

@test "golex: invalid UTF-8 is reported at its position" {
    printf 'package main\nvar s = "a\xffb"\n' >utf.go
    run "$BIN/golex" utf.go -o utf.tok
    [ "$status" -eq 1 ]
    [ "$output" = "utf.go:2:11: invalid UTF-8 encoding" ]
    refute_output_file utf.tok
}

@test "golex: NUL bytes and a BOM inside the file are errors; a leading BOM is fine" {
    printf 'package main\nvar a = 1\x00\n' >nul.go
    run "$BIN/golex" nul.go
    [ "$status" -eq 1 ]
    [ "$output" = "nul.go:2:10: invalid NUL character" ]
    printf '\xef\xbb\xbfpackage main\n' >bom.go
    run "$BIN/golex" bom.go -o bom.tok
    [ "$status" -eq 0 ]
    printf 'package main\n\xef\xbb\xbf\n' >bom2.go
    run "$BIN/golex" bom2.go
    [ "$status" -eq 1 ]
    [ "$output" = "bom2.go:2:1: invalid BOM in the middle of the file" ]
}

@test "golex: random bytes give errors, not a crash" {
    head -c 65536 /dev/urandom >random.go
    run "$BIN/golex" random.go -o random.tok
    [ "$status" -eq 1 ]
    [[ "$output" == random.go:* ]]
    refute_output_file random.tok
}

@test "golex: a gomini stage file is not Go source" {
    write_hello
    "$BIN/golex" hello.go -o hello.tok
    run "$BIN/golex" hello.tok -o again.tok
    [ "$status" -eq 1 ]
    [ "$output" = "golex: hello.tok: this is a gomini-tokens file, not Go source" ]
    refute_output_file again.tok
}

@test "golex: a 100 MB source is refused with the limit, from a file and from stdin" {
    head -c 104857600 /dev/zero | tr '\0' ' ' >huge.go
    run "$BIN/golex" huge.go -o huge.tok
    [ "$status" -eq 1 ]
    [ "$output" = "golex: huge.go: file too large (limit is 16 MiB)" ]
    run "$BIN/golex" - -o huge.tok <huge.go
    [ "$status" -eq 1 ]
    [ "$output" = "golex: <stdin>: file too large (limit is 16 MiB)" ]
    refute_output_file huge.tok
}

@test "golex: a failed run leaves an existing target untouched" {
    write_hello
    "$BIN/golex" hello.go -o out.tok
    cp out.tok before.tok
    printf 'package main\nvar x = "\n' >bad.go
    run "$BIN/golex" bad.go -o out.tok
    [ "$status" -eq 1 ]
    cmp out.tok before.tok
}

@test "golex: refuses to write binary CBOR to a terminal" {
    command -v script >/dev/null || skip "script(1) not installed"
    write_hello
    run script -qec "$BIN/golex hello.go" /dev/null
    [[ "$output" == *"refusing to write binary CBOR to a terminal"* ]]
}

@test "golex: an unwritable output directory is exit 1" {
    write_hello
    run "$BIN/golex" hello.go -o /nonexistent/dir/out.tok
    [ "$status" -eq 1 ]
    [[ "$output" == "golex: cannot create /nonexistent/dir/out.tok: No such file or directory" ]]
}

@test "golex: a bad byte inside a name is one error, and a leading BOM counts in columns" {
    printf 'package main\nvar a\xff = 1\n' >bad.go
    run "$BIN/golex" bad.go
    [ "$status" -eq 1 ]
    [ "$output" = "bad.go:2:6: invalid UTF-8 encoding" ]
    printf '\xef\xbb\xbfpackage #\n' >bom.go
    run "$BIN/golex" bom.go
    [ "$status" -eq 1 ]
    [ "$output" = "bom.go:1:12: invalid character U+0023 '#'" ]
}

@test "golex: -o onto a FIFO or device writes into it instead of replacing it" {
    write_hello
    mkfifo pipe
    cat pipe >received.tok &
    "$BIN/golex" hello.go -o pipe
    wait
    [ -p pipe ]
    "$BIN/golex" hello.go -o direct.tok
    cmp received.tok direct.tok
    if [ "$(id -u)" -eq 0 ]; then
        mknod -m 666 null c 1 3
        "$BIN/golex" hello.go -o null
        [ -c null ]
    fi
}

@test "golex: -o onto a directory is an error" {
    write_hello
    mkdir out
    run "$BIN/golex" hello.go -o out
    [ "$status" -eq 1 ]
    [ "$output" = "golex: cannot write out: is a directory" ]
}

@test "golex: a NUL byte inside a keyword-like name is reported, not read past" {
    printf 'package main\nvar x = for\000range\n' >nul.go
    run "$BIN/golex" nul.go
    [ "$status" -eq 1 ]
    [ "$output" = "nul.go:2:12: invalid NUL character" ]
}

@test "golex: an invisible character in an identifier is named, not quoted" {
    printf 'package main\nvar a\342\200\213b = 1\n' >zwsp.go
    run "$BIN/golex" zwsp.go
    [ "$status" -eq 1 ]
    [ "$output" = "zwsp.go:2:6: invalid character U+200B in identifier" ]
}

@test "golex: a printable non-letter in an identifier is quoted" {
    printf 'package main\nvar a\342\202\254 = 1\n' >euro.go
    run "$BIN/golex" euro.go
    [ "$status" -eq 1 ]
    [ "$output" = "euro.go:2:6: invalid character U+20AC '€' in identifier" ]
}

# Like the go tool, golex reads any non-ASCII rune that starts a token as
# the start of an identifier, so these say "in identifier" too.
@test "golex: no-break space and bidi override between tokens are not quoted" {
    printf 'package main\nvar a =\302\2401\n' >nbsp.go
    run "$BIN/golex" nbsp.go
    [ "$status" -eq 1 ]
    [ "$output" = "nbsp.go:2:8: invalid character U+00A0 in identifier" ]
    printf 'package main\nfunc f() {\n\tx := 1 \342\200\256+ 2\n}\n' >rlo.go
    run "$BIN/golex" rlo.go
    [ "$status" -eq 1 ]
    [ "$output" = "rlo.go:3:9: invalid character U+202E in identifier" ]
}

@test "golex: an invisible character in an escape is shown as Go's %q shows it" {
    printf "package main\nvar x = '\\\\x4\xe2\x80\x8b'\n" >q.go
    run "$BIN/golex" q.go -o q.tok
    [ "$status" -eq 1 ]
    [ "$output" = "q.go:2:13: invalid character '\\u200b' in hexadecimal escape" ]
    refute_output_file q.tok
}
