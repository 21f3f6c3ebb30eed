package main

import "fmt"

func main() {
	fmt.Println("the file ends inside a line comment")
}

// no newline after this comment