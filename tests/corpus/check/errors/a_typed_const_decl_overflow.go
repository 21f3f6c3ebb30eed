// Typed constant declarations whose value does not fit the declared
// type: 200 in an int8, 1<<8 in a uint8, and 70000 in a named uint16
// type. The context of the message is "constant declaration".
package main

import "fmt"

type Port uint16

const maxLevel int8 = 200 // ERROR col=23 "cannot use 200 (untyped int constant) as int8 value in constant declaration (overflows)"

const fullMask uint8 = 1 << 8 // ERROR col=24 "cannot use 1 << 8 (untyped int constant 256) as uint8 value in constant declaration (overflows)"

const (
	httpPort  Port = 8080
	adminPort Port = 70000 // ERROR col=19 "cannot use 70000 (untyped int constant) as Port value in constant declaration (overflows)"
)

type Server struct {
	Name string
	Port Port
}

func main() {
	servers := []Server{{"web", httpPort}, {"admin", adminPort}}
	for _, s := range servers {
		fmt.Println(s.Name, s.Port)
	}
	fmt.Println(maxLevel, fullMask)
}
