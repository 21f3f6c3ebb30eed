// Conversions between numeric types, strings, bytes and runes, and the
// strconv round trips.
package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type ID string

func main() {
	f := 3.99
	i := int(f)
	fmt.Println(i, float32(f), int64(-f))

	c := Celsius(100)
	fmt.Printf("%.1f %.1f\n", c, CToF(c))
	fmt.Println(float64(CToF(-40)) == -40)

	s := "héllo"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(s), len(bs), len(rs), string(rs[1]), string(bs[:2]))
	fmt.Println(string(rune(65)), strconv.Itoa(65))

	n, err := strconv.Atoi("1234")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	x, _ := strconv.ParseInt("-ff", 16, 64)
	u, _ := strconv.ParseUint("777", 8, 32)
	fl, _ := strconv.ParseFloat("2.5e3", 64)
	bo, _ := strconv.ParseBool("true")
	fmt.Println(x, u, fl, bo)
	fmt.Println(strconv.FormatInt(255, 2), strconv.Quote("a\tb"), strconv.FormatFloat(1.5, 'f', 3, 64))

	id := ID("user-" + strconv.Itoa(7))
	fmt.Println(string(id), len(id))
	var any1 interface{} = id
	if v, ok := any1.(ID); ok {
		fmt.Println("is ID:", v)
	}
}
