package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1234567.891, 0.000123456, 1e21, 1e-7, 100, 2.5, 0.1 + 0.2}
	for _, v := range vals {
		fmt.Printf("%-22v f-1=%s f2=%s e3=%s g-1=%s g4=%s\n", v,
			strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'f', 2, 64),
			strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'g', -1, 64),
			strconv.FormatFloat(v, 'g', 4, 64))
	}
	fmt.Println(strconv.FormatFloat(0.5, 'f', 0, 64), strconv.FormatFloat(1.5, 'f', 0, 64),
		strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(-0.5, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(1.005, 'f', 2, 64), strconv.FormatFloat(1.015, 'f', 2, 64),
		strconv.FormatFloat(2.675, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(123456789, 'e', -1, 64), strconv.FormatFloat(123456789, 'E', 2, 64), strconv.FormatFloat(123456789, 'G', 3, 64))
	fmt.Println(strconv.FormatFloat(math.Inf(1), 'f', 2, 64), strconv.FormatFloat(math.Inf(-1), 'g', -1, 64), strconv.FormatFloat(math.NaN(), 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(1e6, 'g', -1, 64), strconv.FormatFloat(1e20, 'g', -1, 64), strconv.FormatFloat(1e21, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(0.00001, 'g', -1, 64), strconv.FormatFloat(0.0001, 'g', -1, 64), strconv.FormatFloat(123.456, 'g', 2, 64))

	inputs := []string{"3.14", "-0", "1e10", "1E-3", ".5", "5.", "+7", "inf", "-Inf", "NaN", "infinity",
		"0x1p-2", "1_000.5", "abc", "", "1e400", "-1e400", "1e-400", "4.9e-324", "  1", "1.7976931348623157e308", "0.1e"}
	for _, in := range inputs {
		v, err := strconv.ParseFloat(in, 64)
		if err != nil {
			fmt.Printf("%-26q %v err=%v\n", in, v, err)
			continue
		}
		fmt.Printf("%-26q %v\n", in, v)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32) == float32(0.1))
	roundTrip := 0
	for _, v := range vals {
		s := strconv.FormatFloat(v, 'g', -1, 64)
		back, _ := strconv.ParseFloat(s, 64)
		if back == v {
			roundTrip++
		}
	}
	fmt.Println("round trip:", roundTrip, "of", len(vals))
}
