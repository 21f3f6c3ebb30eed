package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func levels(n int) []string {
	var out []string
	switch n {
	case 3:
		out = append(out, "three")
		fallthrough
	case 2:
		out = append(out, "two")
		fallthrough
	case 1:
		out = append(out, "one")
	case 0:
		out = append(out, "zero")
	default:
		out = append(out, "many")
		fallthrough
	case -1:
		out = append(out, "after-default")
	}
	return out
}

func classify(c rune) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	switch {
	case c >= '0' && c <= '9':
		return "digit"
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		return "consonant"
	}
	return "other"
}

var calls []string

func val(name string, v int) int {
	calls = append(calls, name)
	return v
}

func main() {
	for _, s := range []int{95, 85, 75, 10, 90, 80} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, n := range []int{3, 2, 1, 0, 7, -1} {
		fmt.Println(n, levels(n))
	}
	for _, c := range "a1 Z?" {
		fmt.Printf("%q:%s ", c, classify(c))
	}
	fmt.Println()

	switch x := val("tag", 2); x {
	case val("c1", 1), val("c2", 2), val("c3", 3):
		fmt.Println("matched", x)
	case val("c4", 4):
		fmt.Println("no")
	}
	fmt.Println(calls)

	switch x := 5; {
	case x > 3:
		fmt.Println("x>3")
		fallthrough
	case x > 10:
		fmt.Println("fell into x>10")
	case x > 1:
		fmt.Println("not reached")
	}

	switch {
	default:
		fmt.Println("default first but evaluated last")
	case false:
		fmt.Println("never")
	}

	type pair struct{ a, b int }
	switch p := (pair{1, 2}); p {
	case pair{2, 1}:
		fmt.Println("swapped")
	case pair{1, 2}:
		fmt.Println("exact pair")
	}

	var iface interface{} = 3
	switch iface {
	case "3":
		fmt.Println("string 3")
	case 3.0:
		fmt.Println("float 3")
	case 3:
		fmt.Println("int 3")
	}
}
