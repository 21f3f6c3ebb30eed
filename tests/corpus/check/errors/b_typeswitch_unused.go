// A type switch declares v but no clause uses it. Go 1.19 said "v
// declared but not used"; current Go says "v declared and not used" for
// a type switch variable (types2 stmt.go, typeSwitchStmt), not
// "declared and not used: v".
package main

import (
	"fmt"
	"strconv"
)

type Event struct {
	Kind    string
	Payload interface{}
}

func kind(e Event) string {
	switch v := e.Payload.(type) { // ERROR col=9 "v declared and not used"
	case int, int64:
		return "number"
	case string:
		return "text"
	case nil:
		return "empty"
	}
	return "other"
}

func main() {
	events := []Event{{"a", 1}, {"b", "x"}, {"c", nil}}
	for i, e := range events {
		fmt.Println(strconv.Itoa(i), e.Kind, kind(e))
	}
}
