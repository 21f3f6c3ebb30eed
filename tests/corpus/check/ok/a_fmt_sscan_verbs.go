// fmt in depth: width, precision and flag verbs, %v/%+v/%#v on structs,
// Stringer and error values in output, and Sscanf/Sscan parsing records.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Version struct {
	Major, Minor, Patch int
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

type Pkg struct {
	Name string
	Ver  Version
	Size float64
	Deps []string
}

type record struct {
	name  string
	count int
	ratio float64
}

func parseRecord(line string) (record, error) {
	var r record
	n, err := fmt.Sscanf(line, "%s %d %g", &r.name, &r.count, &r.ratio)
	if err != nil {
		return r, fmt.Errorf("parse %q (got %d fields): %w", line, n, err)
	}
	return r, nil
}

func main() {
	p := Pkg{"gomini", Version{1, 4, 2}, 1234.5678, []string{"fmt", "os"}}
	fmt.Printf("%v\n%+v\n%#v\n", p, p, p.Ver)
	fmt.Printf("[%8s] [%-8s] [%.3s] [%q]\n", p.Name, p.Name, p.Name, p.Name)
	fmt.Printf("[%6d] [%-6d] [%06d] [%+d] [%x] [%X] [%o] [%b]\n", 42, 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("[%8.2f] [%-8.1f] [%e] [%g] [%.0f]\n", p.Size, p.Size, p.Size, p.Size, 2.5)
	fmt.Printf("%s %v %d %T %T\n", p.Ver, p.Ver, p.Ver.Major, p.Ver, p.Deps)
	fmt.Printf("%c %U %q %%done\n", 'G', 'G', 'G')
	fmt.Printf("%t %v [%6t]\n", true, nil, false)
	fmt.Printf("%5.1f%%|%*d|%-*d|\n", 99.5, 4, 7, 4, 7)

	err := fmt.Errorf("install %s: %w", p.Ver, errors.New("checksum failed"))
	fmt.Printf("%v | %s\n", err, err)

	for _, line := range []string{"alpha 3 0.5", "beta 10 1e-2", "gamma x 1", "delta 4"} {
		r, err := parseRecord(line)
		if err != nil {
			fmt.Fprintln(os.Stdout, "error:", err)
			continue
		}
		fmt.Printf("%-6s|%3d|%6.3f\n", r.name, r.count, r.ratio)
	}
	var a, b int
	var word string
	n, err := fmt.Sscan("12 30 total", &a, &b, &word)
	fmt.Println(n, err, a+b, word)

	s := fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil)
	t := fmt.Sprintln("x", 1, true)
	fmt.Print(s, "|", strings.TrimSuffix(t, "\n"), "|\n")
	fmt.Fprintf(os.Stdout, "%v %v\n", []Version{{1, 0, 0}, {2, 1, 0}}, map[string]int{"b": 2, "a": 1})
}
