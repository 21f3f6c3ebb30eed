// Nested composite literals with elided types: slices of structs and
// pointers, maps of slices, slices of maps, and arrays of structs.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

type Segment struct {
	A, B  Point
	Label string
}

type Layer struct {
	Name     string
	Segments []Segment
	Meta     map[string]string
}

func (s Segment) Length2() int {
	dx, dy := s.B.X-s.A.X, s.B.Y-s.A.Y
	return dx*dx + dy*dy
}

func main() {
	pts := []Point{{1, 2}, {3, 4}, {X: 5}}
	ptrs := []*Point{{1, 2}, {Y: 9}}
	ptrs[0].X = 100
	fmt.Println(pts, *ptrs[0], *ptrs[1])

	layers := []Layer{
		{
			Name: "roads",
			Segments: []Segment{
				{Point{0, 0}, Point{3, 4}, "main"},
				{A: Point{1, 1}, B: Point{1, 6}, Label: "side"},
			},
			Meta: map[string]string{"color": "grey"},
		},
		{Name: "rivers", Segments: []Segment{{B: Point{6, 8}}}},
	}
	for _, l := range layers {
		total := 0
		for _, s := range l.Segments {
			total += s.Length2()
		}
		fmt.Printf("%s: %d segments, len2 %d, meta %v\n", l.Name, len(l.Segments), total, l.Meta)
	}

	groups := map[string][]int{"odd": {1, 3, 5}, "even": {2, 4}, "none": {}}
	groups["even"] = append(groups["even"], 6)
	names := make([]string, 0, len(groups))
	for k := range groups {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, groups[k], len(groups[k]))
	}

	rows := []map[string]int{{"a": 1}, {"b": 2, "c": 3}, nil}
	for i, r := range rows {
		fmt.Println(i, len(r), r["b"])
	}

	index := map[Point][]string{{0, 0}: {"origin"}, {1, 0}: {"east", "unit"}}
	fmt.Println(strings.Join(index[Point{1, 0}], "+"), len(index[Point{9, 9}]))

	corners := [...]Point{{0, 0}, {0, 1}, {1, 1}, {1, 0}}
	fmt.Println(len(corners), corners[2])

	matrix := [][]float64{{1, 0}, {0, 1}, {0.5, 0.5}}
	nested := map[string]map[string][]Point{
		"shapes": {"square": {{0, 0}, {1, 1}}, "dot": {{2, 2}}},
	}
	fmt.Println(matrix[2][1], len(nested["shapes"]["square"]), nested["shapes"]["dot"][0])
	anon := []struct {
		Name string
		Tags []string
	}{{"x", []string{"t1"}}, {Name: "y"}}
	fmt.Println(anon[0].Tags, anon[1].Tags == nil)
}
