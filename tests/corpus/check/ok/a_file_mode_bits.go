// Bit manipulation on os.FileMode and a custom uint16 flag set: rendering
// rwx strings, parsing octal with strconv, and masking with &^.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Flags uint16

const (
	FlagHidden Flags = 1 << iota
	FlagSystem
	FlagArchive
	FlagCompressed
	FlagEncrypted
	maxFlag
)

var flagNames = []string{"hidden", "system", "archive", "compressed", "encrypted"}

func (f Flags) Has(o Flags) bool { return f&o == o }

func (f Flags) String() string {
	var on []string
	for i, name := range flagNames {
		if f&(1<<uint(i)) != 0 {
			on = append(on, name)
		}
	}
	if f >= maxFlag {
		on = append(on, fmt.Sprintf("unknown(%#x)", uint16(f&^(maxFlag-1))))
	}
	return "{" + strings.Join(on, "|") + "}"
}

func rwx(m os.FileMode) string {
	const letters = "rwx"
	var b [9]byte
	for i := 0; i < 9; i++ {
		if m&(1<<uint(8-i)) != 0 {
			b[i] = letters[i%3]
		} else {
			b[i] = '-'
		}
	}
	return string(b[:])
}

func parseMode(s string) (os.FileMode, error) {
	n, err := strconv.ParseUint(s, 8, 32)
	if err != nil {
		return 0, fmt.Errorf("mode %q: %w", s, err)
	}
	m := os.FileMode(n)
	if m&^os.ModePerm != 0 {
		return 0, fmt.Errorf("mode %q: bits outside %o", s, os.ModePerm)
	}
	return m, nil
}

func main() {
	for _, s := range []string{"755", "644", "600", "1777", "9"} {
		m, err := parseMode(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s %s %04o others-can-read=%t\n", s, rwx(m), uint32(m), m&0004 != 0)
	}
	umask := os.FileMode(0022)
	fmt.Println("0666 &^ umask:", rwx(0666&^umask), rwx(os.ModePerm))

	f := FlagHidden | FlagArchive
	fmt.Println(f, f.Has(FlagHidden), f.Has(FlagHidden|FlagSystem))
	f |= FlagEncrypted
	f &^= FlagHidden
	fmt.Println(f, uint16(f))
	fmt.Println(Flags(0xFFFF), maxFlag)
	f ^= FlagCompressed
	fmt.Printf("%016b %v\n", uint16(f), f)
}
