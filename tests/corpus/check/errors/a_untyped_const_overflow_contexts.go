// Untyped constants that do not fit the element, key or field type: a
// send on a byte channel, a map index with int8 keys, and a struct
// literal field of type uint16. The context word follows the position.
package main

import "fmt"

type Packet struct {
	Port    uint16
	Payload []byte
}

func main() {
	out := make(chan byte, 4)
	out <- 255
	out <- 256 // ERROR col=9 "cannot use 256 (untyped int constant) as byte value in send (overflows)"
	close(out)

	names := map[int8]string{-1: "none", 1: "one"}
	fmt.Println(names[1], names[200]) // ERROR col=30 "cannot use 200 (untyped int constant) as int8 value in map index (overflows)"

	p := Packet{Port: 65536, Payload: []byte("hi")} // ERROR col=20 "cannot use 65536 (untyped int constant) as uint16 value in struct literal (overflows)"
	fmt.Println(p.Port, len(p.Payload))
	for b := range out {
		fmt.Println(b)
	}
}
