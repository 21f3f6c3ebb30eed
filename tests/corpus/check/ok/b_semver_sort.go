// Semantic version parsing and ordering: a Version struct with a Compare
// method, prerelease rules, sort.Sort via a named slice type, and range
// constraints like ">=1.2.0" checked against a release list.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Version struct {
	Major, Minor, Patch int
	Pre                 string
}

var ErrFormat = errors.New("not a semantic version")

func Parse(s string) (Version, error) {
	var v Version
	core := strings.TrimPrefix(s, "v")
	core, v.Pre, _ = strings.Cut(core, "-")
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return v, fmt.Errorf("parse %q: %w", s, ErrFormat)
	}
	nums := []*int{&v.Major, &v.Minor, &v.Patch}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return v, fmt.Errorf("parse %q: component %d: %w", s, i, ErrFormat)
		}
		*nums[i] = n
	}
	return v, nil
}

func (v Version) String() string {
	s := fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch)
	if v.Pre != "" {
		s += "-" + v.Pre
	}
	return s
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Compare returns -1, 0 or 1; a prerelease sorts before its release.
func (v Version) Compare(o Version) int {
	for _, c := range []int{cmpInt(v.Major, o.Major), cmpInt(v.Minor, o.Minor), cmpInt(v.Patch, o.Patch)} {
		if c != 0 {
			return c
		}
	}
	switch {
	case v.Pre == o.Pre:
		return 0
	case v.Pre == "":
		return 1
	case o.Pre == "":
		return -1
	}
	if v.Pre < o.Pre {
		return -1
	}
	return 1
}

type Versions []Version

func (vs Versions) Len() int           { return len(vs) }
func (vs Versions) Less(i, j int) bool { return vs[i].Compare(vs[j]) < 0 }
func (vs Versions) Swap(i, j int)      { vs[i], vs[j] = vs[j], vs[i] }

var _ sort.Interface = Versions(nil)

type Constraint struct {
	Op string
	V  Version
}

func ParseConstraint(s string) (Constraint, error) {
	for _, op := range []string{">=", "<=", ">", "<", "="} {
		if strings.HasPrefix(s, op) {
			v, err := Parse(strings.TrimSpace(s[len(op):]))
			return Constraint{op, v}, err
		}
	}
	return Constraint{}, fmt.Errorf("constraint %q: missing operator", s)
}

func (c Constraint) Allows(v Version) bool {
	r := v.Compare(c.V)
	return map[string]bool{">=": r >= 0, "<=": r <= 0, ">": r > 0, "<": r < 0, "=": r == 0}[c.Op]
}

func main() {
	raw := []string{"v1.10.0", "1.2.3", "v1.2.10", "v2.0.0-rc.1", "v2.0.0", "v1.2.3-beta", "v1.2.3-alpha", "1.2", "v1.x.0", "v0.9.9"}
	var vs Versions
	for _, r := range raw {
		v, err := Parse(r)
		if errors.Is(err, ErrFormat) {
			fmt.Println("skip:", err)
			continue
		}
		vs = append(vs, v)
	}
	sort.Sort(vs)
	fmt.Println("sorted:", vs)
	for _, cs := range []string{">=1.2.3", "<v1.2.3", "=2.0.0", "~1.0.0", ">v2.0.0-beta"} {
		c, err := ParseConstraint(cs)
		if err != nil {
			fmt.Println("bad constraint:", err)
			continue
		}
		var ok []string
		for _, v := range vs {
			if c.Allows(v) {
				ok = append(ok, v.String())
			}
		}
		fmt.Printf("%-13s %+v -> %v\n", cs, c, ok)
	}
	latest := vs[len(vs)-1]
	fmt.Printf("latest %s (%T), is sorted: %t\n", latest, latest, sort.IsSorted(vs))
}
