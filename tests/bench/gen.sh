#!/usr/bin/env bash
# gen.sh N - print a generated Go program of about N lines (default
# 100,000) for timing the front end.  The program mixes declarations,
# control flow, composite literals, closures and method calls, so every
# part of the lexer and parser is exercised.  Deterministic: the same N
# gives the same program.
set -eu
lines=${1:-100000}
awk -v target="$lines" '
function emit(s) { print s; n++ }
BEGIN {
    n = 0
    emit("package main")
    emit("")
    emit("import (")
    emit("\t\"fmt\"")
    emit("\t\"strings\"")
    emit(")")
    emit("")
    emit("type Point struct {")
    emit("\tX, Y int")
    emit("\tName string `json:\"name\"`")
    emit("}")
    emit("")
    emit("func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }")
    emit("")
    for (i = 0; n < target - 30; i++) {
        emit(sprintf("// f%d exercises statements and expressions.", i))
        emit(sprintf("func f%d(xs []int, m map[string]int, s string) (total int, err error) {", i))
        emit(sprintf("\tconst k = %d << 2", i % 7))
        emit("\tpts := []Point{{1, 2, \"a\"}, {X: 3, Y: 4, Name: \"b\"}}")
        emit("\tfor i, x := range xs {")
        emit("\t\tif x%2 == 0 && i > 0 || x == k {")
        emit(sprintf("\t\t\ttotal += x*%d + (i-1)/3", i % 13 + 1))
        emit("\t\t} else if x < 0 {")
        emit("\t\t\tcontinue")
        emit("\t\t} else {")
        emit("\t\t\ttotal -= x &^ 0x_ff")
        emit("\t\t}")
        emit("\t}")
        emit("\tswitch v := len(s); {")
        emit("\tcase v > 10:")
        emit("\t\tm[strings.ToUpper(s[:3])]++")
        emit("\tdefault:")
        emit("\t\tm[s] = len(pts) + int(1.5e2)")
        emit("\t}")
        emit("\tadd := func(a, b int) int { return a + b }")
        emit("\tpts[0].Scale(add(2, 3))")
        emit(sprintf("\tfmt.Println(\"f%d\", total, pts[1].Name, '\''x'\'')", i))
        emit("\treturn total, nil")
        emit("}")
        emit("")
    }
    emit("func main() {")
    emit("\tfmt.Println(\"generated\")")
    emit("}")
}'
