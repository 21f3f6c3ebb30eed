package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

type Student struct {
	Name   string
	Scores map[string]float64
}

type GradeBook struct {
	Subjects []string
	Students []*Student
}

func (g *GradeBook) Record(name, subject string, score float64) {
	for _, s := range g.Students {
		if s.Name == name {
			s.Scores[subject] = score
			return
		}
	}
	g.Students = append(g.Students, &Student{name, map[string]float64{subject: score}})
}

func (s *Student) Average(subjects []string) (float64, int) {
	sum, n := 0.0, 0
	for _, sub := range subjects {
		if v, ok := s.Scores[sub]; ok {
			sum += v
			n++
		}
	}
	if n == 0 {
		return math.NaN(), 0
	}
	return sum / float64(n), n
}

func letter(avg float64) string {
	switch {
	case math.IsNaN(avg):
		return "-"
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	case avg >= 60:
		return "D"
	}
	return "F"
}

func stats(vals []float64) (mean, stddev, median float64) {
	for _, v := range vals {
		mean += v
	}
	mean /= float64(len(vals))
	for _, v := range vals {
		stddev += (v - mean) * (v - mean)
	}
	stddev = math.Sqrt(stddev / float64(len(vals)))
	s := append([]float64(nil), vals...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	if len(s)%2 == 1 {
		median = s[len(s)/2]
	} else {
		median = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return
}

func main() {
	gb := &GradeBook{Subjects: []string{"math", "physics", "history", "art"}}
	data := `ana math 93.5
ben math 71
ana physics 88
cleo math 64.25
ben physics 79.5
cleo history 91
ana history 97
dev art 55
ben history 68
cleo physics 70
ben art 99`
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		score, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			continue
		}
		gb.Record(strings.Title(f[0]), f[1], score)
	}

	fmt.Printf("%-6s", "name")
	for _, s := range gb.Subjects {
		fmt.Printf("%9s", s)
	}
	fmt.Printf("%9s %s\n", "avg", "grade")
	for _, st := range gb.Students {
		fmt.Printf("%-6s", st.Name)
		for _, sub := range gb.Subjects {
			if v, ok := st.Scores[sub]; ok {
				fmt.Printf("%9.2f", v)
			} else {
				fmt.Printf("%9s", "n/a")
			}
		}
		avg, n := st.Average(gb.Subjects)
		fmt.Printf("%9.2f %s (%d)\n", avg, letter(avg), n)
	}
	for _, sub := range gb.Subjects {
		var vals []float64
		for _, st := range gb.Students {
			if v, ok := st.Scores[sub]; ok {
				vals = append(vals, v)
			}
		}
		mean, sd, med := stats(vals)
		fmt.Printf("%-8s n=%d mean=%.2f sd=%.3f median=%g\n", sub, len(vals), mean, sd, med)
	}
}
