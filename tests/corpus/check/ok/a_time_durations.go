// time.Duration arithmetic with typed constants, a named type over
// Duration with methods, and measuring elapsed time with time.Since.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Timeout time.Duration

const (
	shortTimeout Timeout = Timeout(250 * time.Millisecond)
	longTimeout          = Timeout(2*time.Minute + 30*time.Second)
	day                  = 24 * time.Hour
)

func (t Timeout) String() string  { return "timeout " + time.Duration(t).String() }
func (t Timeout) Double() Timeout { return t * 2 }

type Lap struct {
	Name string
	D    time.Duration
}

func parseLaps(spec string) []Lap {
	var laps []Lap
	for _, part := range strings.Split(spec, ",") {
		name, ms, ok := strings.Cut(part, ":")
		if !ok {
			continue
		}
		var n int64
		fmt.Sscan(ms, &n)
		laps = append(laps, Lap{name, time.Duration(n) * time.Millisecond})
	}
	return laps
}

func total(laps []Lap) (sum time.Duration) {
	for _, l := range laps {
		sum += l.D
	}
	return
}

func main() {
	fmt.Println(shortTimeout, longTimeout, longTimeout.Double())
	fmt.Println(day, day.Seconds(), (90 * time.Second).String())
	fmt.Println(time.Duration(1500)*time.Microsecond, time.Hour/time.Minute)

	laps := parseLaps("warmup:61000,sprint:12345,cool:90000,bad,rest:500")
	sort.Slice(laps, func(i, j int) bool { return laps[i].D < laps[j].D })
	for _, l := range laps {
		fmt.Printf("%-7s %10v %6dms\n", l.Name, l.D, l.D.Milliseconds())
	}
	sum := total(laps)
	fmt.Println("total:", sum, "avg:", sum/time.Duration(len(laps)))
	fmt.Printf("%.1f%% of a minute\n", 100*sum.Seconds()/time.Minute.Seconds())

	start := time.Now()
	x := 0
	for i := 0; i < 1000; i++ {
		x += i
	}
	elapsed := time.Since(start)
	end := time.Now()
	fmt.Println(x, elapsed >= 0, end.Sub(start) >= elapsed, start.Unix() > 0, end.UnixNano() >= start.UnixNano())

	deadline := time.Duration(shortTimeout)
	switch {
	case elapsed > deadline:
		fmt.Println("too slow")
	default:
		fmt.Println("within", Timeout(deadline))
	}
}
