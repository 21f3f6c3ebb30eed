package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Record struct {
	Date     string
	Region   string
	Product  string
	Units    int
	Price    float64
	Returned bool
}

type ParseError struct {
	Line  int
	Field string
	Value string
}

func (e ParseError) Error() string {
	return fmt.Sprintf("line %d: bad %s %q", e.Line, e.Field, e.Value)
}

const input = `date,region,product,units,price,returned
2023-01-04, north ,apple,12,0.50,false
2023-01-04,south,pear,7,0.75,false
2023-01-05,north,apple,x,0.50,false
2023-01-05,east,plum,3,1.25,true

# comment line
2023-01-06,south,apple,20,0.45,false
2023-01-06,north,pear,5,abc,false
2023-01-07,east,apple,8,0.55,maybe
2023-01-07,east,pear,10,0.70,false
2023-01-08,north,plum,4`

func parseLine(n int, line string) (Record, error) {
	f := strings.Split(line, ",")
	if len(f) != 6 {
		return Record{}, fmt.Errorf("line %d: expected 6 fields, got %d", n, len(f))
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	units, err := strconv.Atoi(f[3])
	if err != nil {
		return Record{}, ParseError{n, "units", f[3]}
	}
	price, err := strconv.ParseFloat(f[4], 64)
	if err != nil {
		return Record{}, ParseError{n, "price", f[4]}
	}
	ret, err := strconv.ParseBool(f[5])
	if err != nil {
		return Record{}, ParseError{n, "returned", f[5]}
	}
	return Record{f[0], f[1], f[2], units, price, ret}, nil
}

func main() {
	lines := strings.Split(input, "\n")
	header := strings.Split(lines[0], ",")
	fmt.Println("columns:", len(header), header)
	var recs []Record
	var errs []error
	for i, line := range lines[1:] {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r, err := parseLine(i+2, line)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		recs = append(recs, r)
	}
	fmt.Printf("parsed %d records, %d errors\n", len(recs), len(errs))
	for _, e := range errs {
		if pe, ok := e.(ParseError); ok {
			fmt.Printf("  %v [field=%s]\n", pe, pe.Field)
		} else {
			fmt.Println(" ", e)
		}
	}

	revenue := map[string]float64{}
	units := map[string]int{}
	for _, r := range recs {
		if r.Returned {
			continue
		}
		revenue[r.Region] += float64(r.Units) * r.Price
		units[r.Product] += r.Units
	}
	regions := make([]string, 0, len(revenue))
	for k := range revenue {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool { return revenue[regions[i]] > revenue[regions[j]] })
	for _, reg := range regions {
		fmt.Printf("%-6s %7.2f\n", reg, revenue[reg])
	}
	fmt.Println("units:", units)

	var out []string
	for _, r := range recs {
		out = append(out, strings.Join([]string{
			r.Date, strings.ToUpper(r.Region), r.Product,
			strconv.Itoa(r.Units), strconv.FormatFloat(r.Price, 'f', 2, 64), strconv.FormatBool(r.Returned),
		}, ";"))
	}
	fmt.Println(strings.Join(out, "\n"))
}
