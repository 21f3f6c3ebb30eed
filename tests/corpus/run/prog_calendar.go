package main

import (
	"fmt"
	"strings"
)

var monthNames = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// weekday returns 0=Sunday using Zeller-like Sakamoto's method.
func weekday(y, m, d int) int {
	t := []int{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}
	if m < 3 {
		y--
	}
	return (y + y/4 - y/100 + y/400 + t[m-1] + d) % 7
}

type Event struct {
	Day  int
	Name string
}

func render(y, m int, events []Event, mondayFirst bool) string {
	var b strings.Builder
	title := fmt.Sprintf("%s %d", monthNames[m-1], y)
	pad := (20 - len(title)) / 2
	b.WriteString(strings.Repeat(" ", pad) + title + "\n")
	heads := []string{"Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"}
	if mondayFirst {
		heads = append(heads[1:], heads[0])
	}
	b.WriteString(strings.Join(heads, " ") + "\n")
	marked := map[int]bool{}
	for _, e := range events {
		marked[e.Day] = true
	}
	start := weekday(y, m, 1)
	if mondayFirst {
		start = (start + 6) % 7
	}
	row := strings.Repeat("   ", start)
	col := start
	for d := 1; d <= daysIn(y, m); d++ {
		mark := " "
		if marked[d] {
			mark = "*"
		}
		row += fmt.Sprintf("%2d%s", d, mark)
		col++
		if col == 7 || d == daysIn(y, m) {
			b.WriteString(strings.TrimRight(row, " ") + "\n")
			row, col = "", 0
		}
	}
	return b.String()
}

func main() {
	events := []Event{{14, "Pi-ish day"}, {3, "Release"}, {29, "Leap day"}}
	fmt.Print(render(2024, 2, events, false))
	fmt.Println()
	fmt.Print(render(2023, 10, nil, true))
	fmt.Println()
	days := []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	for _, d := range [][3]int{{2000, 1, 1}, {1969, 7, 20}, {2024, 2, 29}, {2100, 3, 1}, {1900, 2, 28}} {
		fmt.Printf("%04d-%02d-%02d %s leap=%t\n", d[0], d[1], d[2], days[weekday(d[0], d[1], d[2])], isLeap(d[0]))
	}
	total := 0
	for m := 1; m <= 12; m++ {
		total += daysIn(2024, m)
	}
	fmt.Println("days in 2024:", total)
	for _, e := range events {
		fmt.Printf("%-10s is a %s\n", e.Name, days[weekday(2024, 2, e.Day)])
	}
}
