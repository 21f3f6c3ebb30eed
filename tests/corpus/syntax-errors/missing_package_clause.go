// The file does not start with a package clause.

import "fmt" // ERROR col=1 "syntax error: package statement must be first"

func main() {
	fmt.Println("no package")
}
