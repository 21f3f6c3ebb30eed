package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("a\nb"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v %v %v\n", line, err, err == io.EOF, errors.Is(err, io.EOF))
		if err != nil {
			break
		}
	}
	sr := strings.NewReader("")
	_, err := sr.ReadByte()
	fmt.Println(err == io.EOF, io.EOF)
}
