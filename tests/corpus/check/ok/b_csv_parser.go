// A CSV-ish parser built on strings.Split: a header map, typed row
// decoding with strconv, per-line errors collected, and a grouped summary.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `city,country,population,area_km2,capital
Amsterdam,NL,921402,219.3,true
Rotterdam,NL,655468,324.1,false
  Utrecht , NL ,361924,99.2,false
Antwerp,BE,530504,204.5,false
Brussels,BE,not-a-number,32.6,true
Ghent,BE,265086,156.2
Liege,BE,197355,69.4,false`

type City struct {
	Name       string
	Country    string
	Population int
	Area       float64
	Capital    bool
}

func (c City) Density() float64 { return float64(c.Population) / c.Area }

type RowError struct {
	Line int
	Err  error
}

func (e *RowError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *RowError) Unwrap() error { return e.Err }

var _ error = (*RowError)(nil)

var ErrFieldCount = errors.New("wrong number of fields")

func parse(text string) ([]City, []error) {
	lines := strings.Split(text, "\n")
	header := strings.Split(lines[0], ",")
	col := make(map[string]int, len(header))
	for i, h := range header {
		col[h] = i
	}
	var cities []City
	var errs []error
	for n, line := range lines[1:] {
		f := strings.Split(line, ",")
		if len(f) != len(header) {
			errs = append(errs, &RowError{n + 2, fmt.Errorf("%w: got %d, want %d", ErrFieldCount, len(f), len(header))})
			continue
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		pop, err := strconv.Atoi(f[col["population"]])
		if err != nil {
			errs = append(errs, &RowError{n + 2, err})
			continue
		}
		area, err := strconv.ParseFloat(f[col["area_km2"]], 64)
		if err != nil {
			errs = append(errs, &RowError{n + 2, err})
			continue
		}
		capital, _ := strconv.ParseBool(f[col["capital"]])
		cities = append(cities, City{f[col["city"]], f[col["country"]], pop, area, capital})
	}
	return cities, errs
}

func main() {
	cities, errs := parse(data)
	for _, err := range errs {
		var re *RowError
		if errors.As(err, &re) {
			var ne *strconv.NumError
			switch {
			case errors.Is(err, ErrFieldCount):
				fmt.Printf("row %d: field count problem: %v\n", re.Line, err)
			case errors.As(err, &ne):
				fmt.Printf("row %d: %s(%q) failed: %v\n", re.Line, ne.Func, ne.Num, ne.Err)
			}
		}
	}
	sort.Slice(cities, func(i, j int) bool { return cities[i].Density() > cities[j].Density() })
	byCountry := map[string][]string{}
	totals := map[string]int{}
	for _, c := range cities {
		marker := ""
		if c.Capital {
			marker = " *"
		}
		fmt.Printf("%-10s %s %8d %7.1f km2 %8.1f/km2%s\n", c.Name, c.Country, c.Population, c.Area, c.Density(), marker)
		byCountry[c.Country] = append(byCountry[c.Country], c.Name)
		totals[c.Country] += c.Population
	}
	countries := make([]string, 0, len(byCountry))
	for k := range byCountry {
		countries = append(countries, k)
	}
	sort.Strings(countries)
	for _, k := range countries {
		fmt.Printf("%s: %d cities, pop %d: %s\n", k, len(byCountry[k]), totals[k], strings.Join(byCountry[k], ", "))
	}
}
