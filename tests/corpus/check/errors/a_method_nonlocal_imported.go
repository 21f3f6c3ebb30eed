// Methods cannot be added to types of other packages: time.Duration,
// time.Time and strings.Builder. Defining a local type based on them
// is the usual fix. The receivers are unnamed and not pointers, so Go
// 1.19 (receiver position) and current Go (receiver base type position)
// report the same column.
package main

import (
	"fmt"
	"strings"
	"time"
)

type Timeout time.Duration

func (t Timeout) Label() string { return time.Duration(t).String() }

func (time.Duration) Label() string { return "duration" } // ERROR col=7 "cannot define new methods on non-local type time.Duration"

func (time.Time) Weekend() bool { return false } // ERROR col=7 "cannot define new methods on non-local type time.Time"

func (strings.Builder) Lines() int { return 0 } // ERROR col=7 "cannot define new methods on non-local type strings.Builder"

func main() {
	t := Timeout(3 * time.Second)
	var b strings.Builder
	b.WriteString(t.Label())
	fmt.Println(b.String(), time.Since(time.Now()) < time.Second)
}
