// Two main functions in one package: an old entry point was kept below the
// new one. Go adds "\tFILE:LINE:COL: other declaration of main".
package main

import (
	"fmt"
	"os"
	"strings"
)

func run(args []string) int {
	if len(args) == 0 {
		fmt.Println("usage: tool NAME...")
		return 2
	}
	fmt.Println("hello,", strings.Join(args, " and "))
	return 0
}

func main() {
	os.Exit(run(os.Args[1:]))
}

// old entry point, before run existed
func main() { // ERROR col=6 "main redeclared in this block"
	for _, a := range os.Args[1:] {
		fmt.Println("hello,", a)
	}
}
