package main

import "fmt"

type Bytes []byte
type Name string

func upper(b []byte) {
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
}

func main() {
	s := "hello, wörld"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b[:5], r[7:])
	upper(b)
	fmt.Println(string(b), s)

	b2 := b[:5]
	b2[0] = 'J'
	fmt.Println(string(b), string(b2))

	r[0] = 'Y'
	r[8] = 'o'
	fmt.Println(string(r))
	fmt.Printf("%s %q\n", string(r[7:9]), string(b[7:9]))

	fmt.Println(string(rune(65)), string(rune(0x263A)), string(rune(-1)), string(rune(0x10FFFF+1)))
	fmt.Printf("%q\n", string(rune(0xD800)))

	var bs Bytes = Bytes("typed")
	fmt.Printf("%T %v %s\n", bs, bs, bs)
	n := Name("gopher")
	fmt.Printf("%T %v %d\n", n, n, len(n))
	back := string(n) + "!"
	fmt.Println(back)
	nb := []byte(n)
	fmt.Println(nb)

	empty := []byte("")
	var nilb []byte
	fmt.Println(len(empty), empty == nil, nilb == nil, string(nilb) == "")
	fmt.Printf("%q %q\n", string(nilb), string([]rune{}))

	runes := []rune{0x48, 0x49, 0x1F600}
	fmt.Println(string(runes), len(string(runes)))

	bytesBack := []byte(string(runes))
	fmt.Printf("% x\n", bytesBack)
	fmt.Printf("%x %X\n", bytesBack, "hi")

	i := 300
	fmt.Println(byte(i), rune(i), string(rune(i)))
	f := 3.99
	fmt.Println(int(f), float32(f), uint8(int(f)))
	x := int64(-5)
	fmt.Println(uint32(x), uint8(x), int16(x))

	cp := append([]byte(nil), "copy"...)
	cp = append(cp, " me"...)
	fmt.Println(string(cp), len(cp))
	n2 := copy(cp, "COP")
	fmt.Println(n2, string(cp))

	rs := []rune("ab")
	rs = append(rs, 'ç', '日')
	fmt.Println(string(rs), len(string(rs)))
	fmt.Println(string(b[0]) + string(r[1]))
}
