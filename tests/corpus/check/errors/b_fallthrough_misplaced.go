// fallthrough nested in an if inside a case, and fallthrough in the last
// case of a switch, where there is no next case.
package main

import "fmt"

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

func names(l Level) []string {
	var out []string
	switch l {
	case Debug:
		out = append(out, "debug")
		if len(out) > 0 {
			fallthrough // ERROR col=4 "fallthrough statement out of place"
		}
	case Info:
		out = append(out, "info")
		fallthrough
	case Warn:
		out = append(out, "warn")
		fallthrough
	case Error:
		out = append(out, "error")
		fallthrough // ERROR col=3 "cannot fallthrough final case in switch"
	}
	return out
}

func main() {
	fmt.Println(names(Info), names(Debug))
}
