// A function declaration may omit its body: the implementation is then
// provided elsewhere (for example in assembly or by the runtime). This is
// syntactically valid even though "go build" of this single file fails
// with "missing function body".
package main

import "fmt"

//go:noescape
func fastAdd(a, b int) int

func nanotime() int64

func main() {
	fmt.Println(fastAdd(1, 2), nanotime())
}
