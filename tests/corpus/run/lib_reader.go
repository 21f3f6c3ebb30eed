package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, 世界")
	fmt.Println(r.Len())
	b, err := r.ReadByte()
	fmt.Printf("%c %v %d\n", b, err, r.Len())
	ch, size, err := r.ReadRune()
	fmt.Printf("%c %d %v %d\n", ch, size, err, r.Len())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Printf("%d %q %v %d\n", n, buf[:n], err, r.Len())
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Printf("[%c %d]", ch, size)
	}
	fmt.Println(r.Len())
	_, err = r.ReadByte()
	fmt.Println(err)
	n, err = r.Read(buf)
	fmt.Println(n, err)

	bad := strings.NewReader("a\xffb")
	for bad.Len() > 0 {
		ch, size, _ := bad.ReadRune()
		fmt.Printf("%q/%d ", ch, size)
	}
	fmt.Println()

	chunks := strings.NewReader("The quick brown fox jumps")
	var parts []string
	small := make([]byte, 7)
	for {
		n, err := chunks.Read(small)
		if n > 0 {
			parts = append(parts, string(small[:n]))
		}
		if err != nil {
			break
		}
	}
	fmt.Printf("%q\n", parts)

	empty := strings.NewReader("")
	n, err = empty.Read(make([]byte, 3))
	fmt.Println(n, err, empty.Len())
	n, err = strings.NewReader("abc").Read(nil)
	fmt.Println(n, err)

	countBytes := func(s string) map[byte]int {
		m := map[byte]int{}
		rd := strings.NewReader(s)
		for {
			c, err := rd.ReadByte()
			if err != nil {
				return m
			}
			m[c]++
		}
	}
	fmt.Println(countBytes("abracadabra"))
	words := 0
	inWord := false
	rd := strings.NewReader("  two words\tand  more ")
	for rd.Len() > 0 {
		c, _ := rd.ReadByte()
		isSpace := c == ' ' || c == '\t'
		if !isSpace && !inWord {
			words++
		}
		inWord = !isSpace
	}
	fmt.Println("words:", words)
}
