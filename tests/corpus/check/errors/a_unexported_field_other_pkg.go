// Selecting unexported names of another package's types. time.Time has
// an unexported field wall: Go 1.19 said "type time.Time has no field or
// method wall", current Go says "cannot refer to unexported field wall".
// strings.Builder has no field or method named lines at all.
package main

import (
	"fmt"
	"strings"
	"time"
)

type Event struct {
	Name string
	At   time.Time
}

func stamp(e Event) string {
	return fmt.Sprint(e.Name, "@", e.At.wall) // ERROR col=38 "e.At.wall undefined (cannot refer to unexported field wall)"
}

func render(events []Event) string {
	var b strings.Builder
	for _, e := range events {
		b.WriteString(stamp(e) + "\n")
	}
	fmt.Println("lines:", b.lines) // ERROR col=26 "b.lines undefined (type strings.Builder has no field or method lines)"
	return b.String()
}

func main() {
	now := time.Now()
	fmt.Print(render([]Event{{"start", now}}))
	fmt.Println(now.Unix() > 0)
}
