package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("héllo")
	fmt.Println(r.Len(), r.Size())
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.UnreadByte(), r.UnreadByte(), r.Len())
	r.ReadByte()
	ch, size, _ := r.ReadRune()
	fmt.Println(string(ch), size, r.Len())
	fmt.Println(r.UnreadRune(), r.Len(), r.UnreadRune())
	buf := make([]byte, 10)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len(), r.Size())
	n, err = r.Read(buf[:0])
	fmt.Println(n, err == io.EOF)
	r.Reset("again")
	var sb strings.Builder
	for {
		c, err := r.ReadByte()
		if err != nil {
			fmt.Println(sb.String(), err)
			break
		}
		sb.WriteByte(c)
	}
}
