// A call with too many arguments, reported at the first extra one. Go
// continues with "\thave (string, string)" and "\twant (string)".
package main

import "fmt"

func greet(name string) string { return "hello " + name }

func main() {
	fmt.Println(greet("ann"))
	fmt.Println(greet("bob", "carol")) // ERROR col=27 "too many arguments in call to greet"
}
