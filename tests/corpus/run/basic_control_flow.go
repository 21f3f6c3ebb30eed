package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	}
	return "large"
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func dayKind(d string) string {
	switch d {
	case "sat", "sun":
		return "weekend"
	case "mon":
		fallthrough
	case "tue", "wed", "thu", "fri":
		return "weekday"
	}
	return "unknown"
}

func main() {
	for _, n := range []int{-5, 0, 3, 42} {
		fmt.Println(n, classify(n))
	}
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Println(s, grade(s))
	}
	fmt.Println(dayKind("sat"), dayKind("mon"), dayKind("xyz"))

	sum := 0
	for i := 1; i <= 100; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println("odd sum", sum)

	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps", steps)

	i := 0
	for {
		i++
		if i*i > 50 {
			break
		}
	}
	fmt.Println("first square over 50:", i)

	if v := 7 * 6; v > 40 {
		fmt.Println("v big", v)
	} else {
		fmt.Println("v small", v)
	}

	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		fallthrough
	case x > 100:
		fmt.Println("fell through")
	default:
		fmt.Println("default")
	}
}
