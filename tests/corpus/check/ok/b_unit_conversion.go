// Units as named float64 types with methods: temperature and length
// conversions, a Quantity interface, parsing "12.5km" with strconv, and
// %5.2f / %T formatting of the results.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64
type Meters float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) ToK() Kelvin     { return Kelvin(c + 273.15) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }
func (m Meters) String() string     { return fmt.Sprintf("%gm", float64(m)) }

type Quantity interface {
	fmt.Stringer
	SI() float64
}

func (c Celsius) SI() float64 { return float64(c.ToK()) }
func (k Kelvin) SI() float64  { return float64(k) }
func (m Meters) SI() float64  { return float64(m) }

var (
	_ Quantity = Celsius(0)
	_ Quantity = Kelvin(0)
	_ Quantity = Meters(0)
)

var lengthUnits = map[string]Meters{"mm": 0.001, "cm": 0.01, "m": 1, "km": 1000, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}

var ErrUnit = errors.New("unknown unit")

func ParseLength(s string) (Meters, error) {
	s = strings.TrimSpace(s)
	i := len(s)
	for i > 0 && (s[i-1] < '0' || s[i-1] > '9') && s[i-1] != '.' {
		i--
	}
	num, unit := s[:i], strings.ToLower(strings.TrimSpace(s[i:]))
	factor, ok := lengthUnits[unit]
	if !ok {
		return 0, fmt.Errorf("parse %q: %w %q", s, ErrUnit, unit)
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	return Meters(v) * factor, nil
}

func (m Meters) In(unit string) (float64, error) {
	f, ok := lengthUnits[unit]
	if !ok {
		return 0, ErrUnit
	}
	return float64(m / f), nil
}

func main() {
	for _, c := range []Celsius{-40, 0, 37, 100} {
		fmt.Printf("%8v = %8v = %v\n", c, c.ToF(), c.ToK())
	}
	body := Fahrenheit(98.6)
	fmt.Printf("%v is %5.2f in Celsius (%T)\n", body, float64(body.ToC()), body.ToC())
	total := Meters(0)
	for _, s := range []string{"5km", "300 m", "12in", "2.5 mi", "3 parsecs", "x.y m"} {
		m, err := ParseLength(s)
		if errors.Is(err, ErrUnit) {
			fmt.Println("skip:", err)
			continue
		} else if err != nil {
			fmt.Println("bad:", err)
			continue
		}
		total += m
		fmt.Printf("%-7q -> %v\n", s, m)
	}
	mi, _ := total.In("mi")
	ft, _ := total.In("ft")
	fmt.Printf("total %.1f m = %.3f mi = %.0f ft\n", float64(total), mi, ft)
	qs := []Quantity{Celsius(25), Kelvin(300), total}
	for _, q := range qs {
		kind := "length"
		if _, ok := q.(Meters); !ok {
			kind = "temperature"
		}
		fmt.Printf("%-11s %-10T %-12s SI=%.2f\n", kind, q, q, q.SI())
	}
}
