// Two init functions written as if the runtime passed them something: a
// settings map, and a logger prefix plus a result. init may have neither.
package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) {
	l.lines = append(l.lines, l.prefix+msg)
}

var settings = map[string]string{}
var logger = &Logger{}

func init(defaults map[string]string) { // ERROR col=6 "func init must have no arguments and no return values"
	for k, v := range defaults {
		settings[k] = v
	}
}

func init(prefix string) *Logger { // ERROR col=6 "func init must have no arguments and no return values"
	logger.prefix = strings.ToUpper(prefix) + ": "
	return logger
}

func main() {
	logger.Log("started")
	fmt.Println(len(settings), logger.lines)
}
