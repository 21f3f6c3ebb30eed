// Descriptive statistics for sensor readings grouped by station: mean,
// median, stddev and range using the min/max builtins (Go 1.21), with
// NaN handling and an error for empty samples.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

var ErrNoData = errors.New("no data")

type Summary struct {
	N                   int
	Min, Max, Mean, Med float64
	StdDev              float64
	Dropped             int
}

func (s Summary) String() string {
	return fmt.Sprintf("n=%d min=%.1f max=%.1f mean=%5.2f median=%.2f sd=%.3f dropped=%d",
		s.N, s.Min, s.Max, s.Mean, s.Med, s.StdDev, s.Dropped)
}

func Summarize(xs []float64) (Summary, error) {
	var clean []float64
	s := Summary{Min: math.Inf(1), Max: math.Inf(-1)}
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			s.Dropped++
			continue
		}
		clean = append(clean, x)
		s.Min, s.Max = min(s.Min, x), max(s.Max, x)
	}
	if len(clean) == 0 {
		return s, fmt.Errorf("summarize %d values: %w", len(xs), ErrNoData)
	}
	sort.Float64s(clean)
	s.N = len(clean)
	sum := 0.0
	for _, x := range clean {
		sum += x
	}
	s.Mean = sum / float64(s.N)
	if mid := s.N / 2; s.N%2 == 1 {
		s.Med = clean[mid]
	} else {
		s.Med = (clean[mid-1] + clean[mid]) / 2
	}
	for _, x := range clean {
		s.StdDev += (x - s.Mean) * (x - s.Mean)
	}
	s.StdDev = math.Sqrt(s.StdDev / float64(max(s.N-1, 1)))
	return s, nil
}

func parseReadings(lines string) (map[string][]float64, []error) {
	out := map[string][]float64{}
	var errs []error
	for _, line := range strings.Split(strings.TrimSpace(lines), "\n") {
		station, val, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok {
			errs = append(errs, fmt.Errorf("malformed line %q", line))
			continue
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("station %s: %w", station, err))
			continue
		}
		out[station] = append(out[station], f)
	}
	return out, errs
}

const readings = `
north: 12.5
north: 13.1
south: 21.0
north: NaN
south: 19.5
south: 22.25
east: +Inf
north: 11.9
west: warm
south: 20.0
garbage line`

func main() {
	data, errs := parseReadings(readings)
	for _, err := range errs {
		var ne *strconv.NumError
		fmt.Println("skip:", err, errors.As(err, &ne))
	}
	stations := make([]string, 0, len(data))
	width := 0
	for st := range data {
		stations = append(stations, st)
		width = max(width, len(st))
	}
	sort.Strings(stations)
	for _, st := range stations {
		s, err := Summarize(data[st])
		if errors.Is(err, ErrNoData) {
			fmt.Printf("%-*s  %v\n", width, st, err)
			continue
		}
		fmt.Printf("%-*s  %v\n", width, st, s)
	}
	all := append(data["north"], data["south"]...)
	s, _ := Summarize(all)
	fmt.Printf("overall range %.2f, spread %d%%\n", s.Max-s.Min, int(100*(s.Max-s.Min)/max(s.Mean, 1)))
}
